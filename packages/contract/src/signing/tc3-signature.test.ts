import { describe, expect, it } from 'vitest';
import { parseTc3Authorization } from './parse-authorization.js';
import { signTc3, utcDateOf } from './tc3-signature.js';
import { webCryptoHashProvider } from './web-crypto-hash-provider.js';

// The public known-answer vector of the TC3-HMAC-SHA256 signing documentation.
const documented = {
  secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
  service: 'cvm',
  timestamp: 1551113065,
  body: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  headers: {
    'content-type': 'application/json; charset=utf-8',
    host: 'cvm.tencentcloudapi.com',
  },
};

describe('signTc3', () => {
  it('reproduces the documented payload hash and signature', async () => {
    const result = await signTc3(webCryptoHashProvider, documented);
    expect(result.payloadHash).toBe(
      '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
    expect(result.signature).toBe(
      '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
    expect(result.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, ' +
        'SignedHeaders=content-type;host, ' +
        'Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('signs header names case-insensitively and sorted', async () => {
    const shuffled = {
      ...documented,
      headers: {
        Host: 'cvm.tencentcloudapi.com',
        'Content-Type': 'application/json; charset=utf-8',
      },
    };
    const result = await signTc3(webCryptoHashProvider, shuffled);
    expect(result.signedHeaders).toBe('content-type;host');
    expect(result.signature).toBe(
      '72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('uses the UTC date of the timestamp at the day boundary', () => {
    expect(utcDateOf(1704067199)).toBe('2023-12-31');
    expect(utcDateOf(1704067200)).toBe('2024-01-01');
  });

  it('produces a header that parses back into its parts', async () => {
    const result = await signTc3(webCryptoHashProvider, documented);
    expect(parseTc3Authorization(result.authorization)).toEqual({
      secretId: documented.secretId,
      date: '2019-02-25',
      service: 'cvm',
      signedHeaders: ['content-type', 'host'],
      signature: result.signature,
    });
  });

  it('refuses a malformed authorization header', () => {
    expect(parseTc3Authorization('Bearer abc')).toBeUndefined();
    expect(parseTc3Authorization('TC3-HMAC-SHA256 Credential=x')).toBeUndefined();
    expect(parseTc3Authorization(undefined)).toBeUndefined();
  });
});
