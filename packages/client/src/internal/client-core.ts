import type { HashProvider } from '@org/tcb-user-contract';
import type { TcbUserClientOptions } from '../client-options.js';
import type { EnvironmentDefaults } from './environment-defaults.js';
import { createFetchTransport } from './fetch-transport.js';
import { type ResolvedConfig, resolveConfig } from './resolve-config.js';
import { createSigner, type Signer } from './signer.js';
import type { Transport } from './transport.js';

/** What differs between Node and browsers: the hash primitives and the default transport. */
export interface Runtime {
  hash: HashProvider;
  /** The transport used when no `fetch` option is given. */
  defaultTransport(endpoint: string): Transport;
  /** Option defaults read from the environment; none in browsers. */
  environment?: EnvironmentDefaults;
}

/** The state one client shares across its calls. */
export interface ClientCore {
  config: ResolvedConfig;
  sign: Signer;
  transport: Transport;
  /** Seconds to add to the local clock, learnt from a `SignatureExpire` answer. */
  clockOffsetSeconds: number;
}

/** Checks the options and builds the signer and transport of a new client. */
export function createClientCore(options: TcbUserClientOptions, runtime: Runtime): ClientCore {
  const config = resolveConfig(options, runtime.environment);
  const transport = config.fetch
    ? createFetchTransport(config.fetch)
    : runtime.defaultTransport(config.endpoint);
  const sign = createSigner(runtime.hash, config);
  return { config, sign, transport, clockOffsetSeconds: 0 };
}
