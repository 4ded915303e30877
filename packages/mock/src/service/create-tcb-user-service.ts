import { ACTION_INFO, isUserAction, TCB_ERROR_CODES } from '@org/tcb-user-contract';
import { createUserDirectory, type UserDirectory } from '../directory/user-directory.js';
import { envelopeOfThrown, jsonAnswer } from '../internal/envelope.js';
import { createRateLimiter } from '../internal/rate-limiter.js';
import { type PipelineParts, runPipeline } from '../internal/request-pipeline.js';
import { createFaultState, type FaultController } from './fault-controller.js';
import { TcbServiceError } from './tcb-service-error.js';
import type { TcbUserServiceOptions } from './tcb-user-service-options.js';

/** The user-management service, independent of any transport. */
export interface TcbUserService {
  /**
   * Answers one request as the real service would. Never throws and never rejects: every
   * answer is an HTTP 200 JSON envelope, `InternalError` for anything unexpected.
   */
  handle(request: Request): Promise<Response>;
  /** The users behind the service: seed, read, snapshot and reset them. */
  directory: UserDirectory;
  /** Plans failures: the next calls of an action, or the deletion of given uids. */
  faults: FaultController;
  /** Closes the storage; the service is unusable afterwards. */
  close(): Promise<void>;
}

function pickLatency(latency: TcbUserServiceOptions['latencyMs']): number {
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return latency;
  return latency.min + Math.random() * (latency.max - latency.min);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * Creates the user-management service behind the MSW handlers and the local emulator: the
 * signature check, header and body checks, the contract's wire schemas, the user-directory
 * core and the envelopes, all in one `handle(request)`. A bad seed user throws here.
 *
 * @example
 * ```ts
 * const service = createTcbUserService({ seed: [{ name: 'ada' }], passwordIterations: 1 });
 * const response = await service.handle(new Request('https://tcb.tencentcloudapi.com/', {
 *   method: 'POST',
 *   headers: {
 *     'content-type': 'application/json',
 *     'x-tc-action': 'DescribeUserList',
 *     'x-tc-version': '2018-06-08',
 *   },
 *   body: JSON.stringify({ EnvId: 'mock-env' }),
 * }));
 * ```
 */
export function createTcbUserService(options: TcbUserServiceOptions = {}): TcbUserService {
  const faults = createFaultState(options.faults?.failNext, options.faults?.failDeletesOf);
  const directory = createUserDirectory({
    ...options,
    failsDelete: (uid) => faults.failsDelete(uid),
  });
  const rate = options.rateLimit;
  const rateLimiter = rate
    ? createRateLimiter(
        (action) =>
          rate.perSecond ?? (isUserAction(action) ? ACTION_INFO[action].rateLimitPerSecond : 20),
        rate.now ?? Date.now,
      )
    : undefined;
  const ready = directory.ready.catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : 'unknown reason';
    throw new TcbServiceError(
      TCB_ERROR_CODES.InternalError,
      `The seed users could not be stored: ${reason}`,
    );
  });
  ready.catch(() => undefined);
  const parts: PipelineParts = { options, directory: { ...directory, ready }, faults, rateLimiter };

  return {
    async handle(request) {
      const requestId = globalThis.crypto.randomUUID();
      try {
        await sleep(pickLatency(options.latencyMs));
        return jsonAnswer(await runPipeline(parts, request, requestId));
      } catch (error) {
        return jsonAnswer(envelopeOfThrown(error, requestId));
      }
    },
    directory,
    faults,
    close: () => directory.storage.close(),
  };
}
