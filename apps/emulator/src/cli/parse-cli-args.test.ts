import { describe, expect, it } from 'vitest';
import { CLI_DEFAULT_PORT, parseCliArgs } from './parse-cli-args.js';

describe('parseCliArgs', () => {
  it('defaults to loopback, the default port, signature on and request lines', () => {
    expect(parseCliArgs([], {})).toEqual({
      help: false,
      options: {
        host: '127.0.0.1',
        port: CLI_DEFAULT_PORT,
        inMemory: false,
        signature: true,
        logRequests: true,
      },
    });
  });

  it('reads repeated and comma-separated environments and key pairs, flags over environment', () => {
    const request = parseCliArgs(
      ['--port', '0', '--env-id', 'a,b', '--env-id', 'c', '--key', 'AKID1:k1,AKID2:k2'],
      { TCB_EMULATOR_ENV_IDS: 'ignored', TCB_EMULATOR_PORT: '9' },
    );
    expect(request).toMatchObject({
      options: {
        port: 0,
        envIds: ['a', 'b', 'c'],
        keys: [
          { secretId: 'AKID1', secretKey: 'k1' },
          { secretId: 'AKID2', secretKey: 'k2' },
        ],
      },
    });
  });

  it('falls back to TCB_EMULATOR_KEYS, then to the TENCENTCLOUD_ key pair', () => {
    const fromEmulatorVar = parseCliArgs([], { TCB_EMULATOR_KEYS: 'AKIDx:kx' });
    expect(fromEmulatorVar).toMatchObject({ options: { keys: [{ secretId: 'AKIDx' }] } });
    const fromCloudVars = parseCliArgs([], {
      TENCENTCLOUD_SECRETID: 'AKIDy',
      TENCENTCLOUD_SECRETKEY: 'ky',
    });
    expect(fromCloudVars).toMatchObject({ options: { keys: [{ secretId: 'AKIDy' }] } });
  });

  it('refuses bad values without echoing a secret', () => {
    expect(() => parseCliArgs(['--port', '70000'], {})).toThrow(/--port/);
    expect(() => parseCliArgs(['--deprecated-actions', 'maybe'], {})).toThrow(/serve or withdrawn/);
    expect(() => parseCliArgs(['--key', 'no-colon-secret'], {})).toThrow(
      /^--key: key pair 1 is not in the form/,
    );
    expect(() => parseCliArgs(['--key', 'no-colon-secret'], {})).not.toThrow(/no-colon-secret/);
    expect(() => parseCliArgs(['--bogus'], {})).toThrow();
  });

  it('refuses an empty --env-id instead of falling back to the default environment', () => {
    expect(() => parseCliArgs(['--env-id', ''], {})).toThrow(/--env-id/);
    expect(() => parseCliArgs(['--env-id', 'a,,b'], {})).toThrow(/--env-id/);
  });

  it('refuses a key pair with whitespace inside the key without echoing it', () => {
    const args = ['--key', 'AKIDspace:key with space'];
    expect(() => parseCliArgs(args, {})).toThrow(/^--key: key pair 1 has whitespace/);
    expect(() => parseCliArgs(args, {})).not.toThrow(/key with space/);
    expect(() => parseCliArgs([], { TCB_EMULATOR_KEYS: 'AKIDx:a b' })).toThrow(
      /^TCB_EMULATOR_KEYS: key pair 1 has whitespace/,
    );
  });
});
