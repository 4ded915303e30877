import { describe, expect, it } from 'vitest';
import { DEFAULT_ENV_ID, PUBLIC_ENDPOINT, readPageConfig } from './read-page-config.js';

describe('readPageConfig', () => {
  it('uses the public endpoint and the default environment when nothing is set', () => {
    expect(readPageConfig({})).toEqual({ endpoint: PUBLIC_ENDPOINT, envId: DEFAULT_ENV_ID });
  });

  it('takes the endpoint and environment from the VITE_ variables', () => {
    const env = { VITE_TCB_ENDPOINT: 'http://127.0.0.1:9000/', VITE_TCB_ENV_ID: 'dev-env' };
    expect(readPageConfig(env)).toEqual({ endpoint: env.VITE_TCB_ENDPOINT, envId: 'dev-env' });
  });

  it('treats empty variables as unset', () => {
    const config = readPageConfig({ VITE_TCB_ENDPOINT: '', VITE_TCB_ENV_ID: '' });
    expect(config).toEqual({ endpoint: PUBLIC_ENDPOINT, envId: DEFAULT_ENV_ID });
  });
});
