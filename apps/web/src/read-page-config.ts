/** The public Tencent Cloud API endpoint the page calls unless told otherwise. */
export const PUBLIC_ENDPOINT = 'https://tcb.tencentcloudapi.com/';

/** The environment id used unless `VITE_TCB_ENV_ID` names another one. */
export const DEFAULT_ENV_ID = 'mock-env';

/**
 * Credentials the page signs with. They are placeholders on purpose: a secret key in a browser
 * is readable by anyone who opens the page, so a real deployment calls its own backend instead.
 */
export const PLACEHOLDER_CREDENTIALS = {
  secretId: 'AKIDEXAMPLEDEVELOPMENTONLY',
  secretKey: 'example-development-key-not-a-secret',
} as const;

/** Where and how the page talks to the user service. */
export interface PageConfig {
  /** Endpoint the client posts to. Default: `PUBLIC_ENDPOINT`. */
  endpoint: string;
  /** CloudBase environment id sent with every call. Default: `DEFAULT_ENV_ID`. */
  envId: string;
}

/** The build-time variables the page reads (a subset of Vite's `import.meta.env`). */
export interface PageEnv {
  /** Overrides the endpoint. */
  VITE_TCB_ENDPOINT?: string;
  /** Overrides the environment id. */
  VITE_TCB_ENV_ID?: string;
}

/** Reads the page's configuration from Vite's build-time variables, falling back to defaults. */
export function readPageConfig(env: PageEnv): PageConfig {
  return {
    endpoint: env.VITE_TCB_ENDPOINT || PUBLIC_ENDPOINT,
    envId: env.VITE_TCB_ENV_ID || DEFAULT_ENV_ID,
  };
}
