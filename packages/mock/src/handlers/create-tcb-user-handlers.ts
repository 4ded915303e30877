import { TCB_PUBLIC_ENDPOINT } from '@org/tcb-user-contract';
import { type HttpHandler, http } from 'msw';
import type { UserDirectory } from '../directory/user-directory.js';
import { createTcbUserService, type TcbUserService } from '../service/create-tcb-user-service.js';
import type { FaultController } from '../service/fault-controller.js';
import type { TcbUserServiceOptions } from '../service/tcb-user-service-options.js';

/** Options of `createTcbUserHandlers`: the service options plus where the service lives. */
export interface TcbUserHandlersOptions extends TcbUserServiceOptions {
  /**
   * The endpoint to intercept, an absolute URL (under `msw/node` a relative one never
   * matches). Default `https://tcb.tencentcloudapi.com/`.
   */
  baseUrl?: string;
}

/** MSW handlers for the service, and the service state behind them. */
export interface TcbUserHandlers {
  /** Pass to `setupServer(...handlers)` or `setupWorker(...handlers)`. */
  handlers: HttpHandler[];
  /** The users behind the handlers: seed, read, snapshot and reset them. */
  directory: UserDirectory;
  /** Plans failures: the next calls of an action, or the deletion of given uids. */
  faults: FaultController;
  /** The transport-agnostic service the handlers feed. */
  service: TcbUserService;
}

/**
 * Creates MSW 2 handlers that answer every request to the endpoint like the Tencent CloudBase
 * user-management service: stateful users, the contract's validation, paging, the exact error
 * codes, optional signature checks, latency, rate limit and planned faults. Unknown actions
 * answer `InvalidAction`. Add outcome overrides with `server.use(...)` for one-off answers.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createTcbUserHandlers } from '@org/tcb-user-mock';
 *
 * const mock = createTcbUserHandlers({ seed: [{ name: 'ada' }], passwordIterations: 1 });
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => mock.directory.reset());
 * afterAll(() => server.close());
 * ```
 */
export function createTcbUserHandlers(options: TcbUserHandlersOptions = {}): TcbUserHandlers {
  const { baseUrl = TCB_PUBLIC_ENDPOINT, ...serviceOptions } = options;
  const service = createTcbUserService(serviceOptions);
  const handler = http.post(baseUrl, ({ request }) => service.handle(request));
  return {
    handlers: [handler],
    directory: service.directory,
    faults: service.faults,
    service,
  };
}
