/**
 * MSW handlers that behave like the Tencent CloudBase user-management service, backed by a
 * user directory with the real semantics, plus the transport-agnostic service and storage
 * interface the local emulator reuses.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { answerError, createTcbUserHandlers } from '@org/tcb-user-mock';
 *
 * const mock = createTcbUserHandlers({ seed: [{ name: 'ada' }], passwordIterations: 1 });
 * const server = setupServer(...mock.handlers);
 * server.use(answerError('CreateUser', 'InternalError', { once: true }));
 * ```
 */

export { createMemoryUserStorage } from './directory/memory-user-storage.js';
export type { NewUserFields } from './directory/new-stored-user.js';
export { newStoredUser } from './directory/new-stored-user.js';
export { DEFAULT_PASSWORD_ITERATIONS } from './directory/password-iterations.js';
export type { SeedUser } from './directory/seed-user.js';
export type {
  DirectorySnapshot,
  UserDirectory,
  UserDirectoryOptions,
} from './directory/user-directory.js';
export { createUserDirectory } from './directory/user-directory.js';
export type {
  StoredUser,
  UniqueField,
  UserPage,
  UserPatch,
  UserQuery,
  UserStorage,
  WriteOutcome,
} from './directory/user-storage.js';
export type {
  TcbUserHandlers,
  TcbUserHandlersOptions,
} from './handlers/create-tcb-user-handlers.js';
export { createTcbUserHandlers } from './handlers/create-tcb-user-handlers.js';
export type { OverrideOptions } from './handlers/outcome-overrides.js';
export {
  answerError,
  answerRateLimited,
  answerSuccess,
  answerUserList,
} from './handlers/outcome-overrides.js';
export type { ActionRequest, ActionResult } from './service/action-types.js';
export type { TcbUserService } from './service/create-tcb-user-service.js';
export { createTcbUserService } from './service/create-tcb-user-service.js';
export type { FaultController, FaultRule } from './service/fault-controller.js';
export type { TcbUserMockLogger } from './service/logger.js';
export type { SignatureKey, SignatureOptions } from './service/signature-options.js';
export { isTcbServiceError, TcbServiceError } from './service/tcb-service-error.js';
export type { ExtraAction, TcbUserServiceOptions } from './service/tcb-user-service-options.js';
