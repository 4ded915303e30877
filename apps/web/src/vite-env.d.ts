/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Endpoint the page's client posts to. Default: the public Tencent Cloud endpoint. */
  readonly VITE_TCB_ENDPOINT?: string;
  /** CloudBase environment id. Default: `mock-env`. */
  readonly VITE_TCB_ENV_ID?: string;
}
