import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { TransportError } from '../errors/transport-error.js';
import { backoffDelayMs, decideRetry, serverTimeFromMessage } from './retry-policy.js';

const api = (code: string) => new ApiError({ code, message: 'm', requestId: 'r', action: 'A' });
const transport = (reason: 'timeout' | 'aborted') =>
  new TransportError({ reason, action: 'A', message: 'm' });

describe('retry policy', () => {
  it('backs off for retryable codes and transport failures of safe calls only', () => {
    expect(decideRetry(api('RequestLimitExceeded'), true, false)).toBe('backoff');
    expect(decideRetry(api('InternalError'), false, false)).toBe('stop');
    expect(decideRetry(transport('timeout'), true, false)).toBe('backoff');
    expect(decideRetry(transport('aborted'), true, false)).toBe('stop');
    expect(decideRetry(api('InvalidParameterValue'), true, false)).toBe('stop');
  });

  it('resyncs the clock once for SignatureExpire', () => {
    expect(decideRetry(api('AuthFailure.SignatureExpire'), false, false)).toBe('resync-clock');
    expect(decideRetry(api('AuthFailure.SignatureExpire'), true, true)).toBe('stop');
  });

  it('draws full-jitter delays below a doubling cap', () => {
    expect(backoffDelayMs(1, 100, 5000, () => 0.999)).toBe(99);
    expect(backoffDelayMs(3, 100, 5000, () => 0.5)).toBe(200);
    expect(backoffDelayMs(10, 100, 5000, () => 0.999)).toBe(4995);
    expect(backoffDelayMs(2, 100, 5000, () => 0)).toBe(0);
  });

  it('reads the server time at the end of the message', () => {
    expect(serverTimeFromMessage('signature expired, server time 1717171717')).toBe(1717171717);
    expect(serverTimeFromMessage('signature expired')).toBeUndefined();
  });
});
