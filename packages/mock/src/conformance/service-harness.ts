import { TCB_API_VERSION, TCB_PUBLIC_ENDPOINT } from '@org/tcb-user-contract';
import type { UserStorage } from '../directory/user-storage.js';
import { createTcbUserService, type TcbUserService } from '../service/create-tcb-user-service.js';
import type { TcbUserServiceOptions } from '../service/tcb-user-service-options.js';

/** The environment the conformance cases use. */
export const ENV = 'conformance-env';

/** Calls actions on a service over `handle(Request)`, as a client on the wire would. */
export interface ServiceCaller {
  service: TcbUserService;
  /** Answers `Response` of the envelope, success or error. */
  call(action: string, params: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Answers `Data` (new actions) or `Response` (deprecated ones); throws on an error envelope. */
  // biome-ignore lint/suspicious/noExplicitAny: conformance cases read answers field by field.
  ok(action: string, params: Record<string, unknown>): Promise<any>;
  /** Answers the error code; throws when the call succeeded. */
  code(action: string, params: Record<string, unknown>): Promise<string>;
}

/** Starts services on fresh storages and closes them after each case. */
export interface ServiceHarness {
  start(options?: TcbUserServiceOptions): Promise<ServiceCaller>;
  stop(): Promise<void>;
}

/** Creates the harness for one storage factory. */
export function createServiceHarness(
  createStorage: () => UserStorage | Promise<UserStorage>,
): ServiceHarness {
  let current: TcbUserService | undefined;
  return {
    async start(options = {}) {
      const service = createTcbUserService({
        storage: await createStorage(),
        passwordIterations: 1,
        ...options,
      });
      current = service;
      return createCaller(service);
    },
    async stop() {
      await current?.close();
      current = undefined;
    },
  };
}

function createCaller(service: TcbUserService): ServiceCaller {
  async function call(action: string, params: Record<string, unknown>) {
    const request = new Request(TCB_PUBLIC_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tc-action': action,
        'x-tc-version': TCB_API_VERSION,
      },
      body: JSON.stringify(params),
    });
    const answer = (await (await service.handle(request)).json()) as {
      Response: Record<string, unknown>;
    };
    return answer.Response;
  }
  return {
    service,
    call,
    async ok(action, params) {
      const response = await call(action, params);
      if (response.Error) throw new Error(`${action} failed: ${JSON.stringify(response.Error)}`);
      return 'Data' in response ? response.Data : response;
    },
    async code(action, params) {
      const response = await call(action, params);
      const error = response.Error as { Code?: string } | undefined;
      if (!error?.Code) throw new Error(`${action} succeeded where it should fail`);
      return error.Code;
    },
  };
}
