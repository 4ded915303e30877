import {
  ACTION_INFO,
  TCB_ERROR_CODES,
  TCB_ERROR_MEANINGS,
  TCB_PUBLIC_ENDPOINT,
  TCB_USER_LIMITS,
  type TcbErrorCode,
  type User,
  type UserAction,
} from '@org/tcb-user-contract';
import type { HttpHandler } from 'msw';
import { ActionHandler } from '../internal/action-handler.js';
import { dataEnvelope, errorEnvelope, flatEnvelope, jsonAnswer } from '../internal/envelope.js';
import type { ActionResult } from '../service/action-types.js';

/** Where an override applies and how often. */
export interface OverrideOptions {
  /**
   * The endpoint; must match the handlers' `baseUrl`.
   * Default `https://tcb.tencentcloudapi.com/`.
   */
  baseUrl?: string;
  /** Answer only the first matching request (MSW's `once`), then fall back. Default false. */
  once?: boolean;
}

function override(
  actions: readonly string[],
  options: OverrideOptions,
  answer: (request: Request, requestId: string) => unknown | Promise<unknown>,
): HttpHandler {
  return new ActionHandler(
    options.baseUrl ?? TCB_PUBLIC_ENDPOINT,
    actions,
    async ({ request }) => jsonAnswer(await answer(request, globalThis.crypto.randomUUID())),
    { once: options.once ?? false },
  );
}

/**
 * Makes one action succeed with the given result (typed from the contract: `Data` for the new
 * actions, the `Response` fields for the deprecated ones), whatever the request and the users.
 */
export function answerSuccess<A extends UserAction>(
  action: A,
  result: ActionResult<A>,
  options: OverrideOptions = {},
): HttpHandler {
  return override([action], options, (_request, requestId) =>
    ACTION_INFO[action].dataUnderData
      ? dataEnvelope(result, requestId)
      : flatEnvelope(result as object, requestId),
  );
}

/**
 * Makes the listed actions answer an error code; the message defaults to the code's meaning
 * from `TCB_ERROR_MEANINGS`.
 */
export function answerError(
  action: UserAction | readonly UserAction[],
  code: TcbErrorCode,
  options: OverrideOptions & { message?: string } = {},
): HttpHandler {
  const actions = typeof action === 'string' ? [action] : action;
  const message = options.message ?? TCB_ERROR_MEANINGS[code];
  return override(actions, options, (_request, requestId) =>
    errorEnvelope(code, message, requestId),
  );
}

/** Makes the given actions, or every action when none is given, answer `RequestLimitExceeded`. */
export function answerRateLimited(
  actions: readonly UserAction[] = [],
  options: OverrideOptions = {},
): HttpHandler {
  return override(actions, options, (_request, requestId) =>
    errorEnvelope(
      TCB_ERROR_CODES.RequestLimitExceeded,
      TCB_ERROR_MEANINGS[TCB_ERROR_CODES.RequestLimitExceeded],
      requestId,
    ),
  );
}

function completeUser(user: Partial<User>, index: number): User {
  return {
    Uid: `uid-${index + 1}`,
    Name: `user-${index + 1}`,
    Type: 'internalUser',
    UserStatus: 'ACTIVE',
    NickName: '',
    Phone: '',
    Email: '',
    AvatarUrl: '',
    Description: '',
    ...user,
  };
}

async function pageOf(request: Request): Promise<{ pageNo: number; pageSize: number }> {
  const body: unknown = await request.json().catch(() => ({}));
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const whole = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback;
  return {
    pageNo: whole(fields.PageNo, 1),
    pageSize: whole(fields.PageSize, TCB_USER_LIMITS.defaultPageSize),
  };
}

/**
 * Makes `DescribeUserList` list exactly these users, paged by the request's `PageNo` and
 * `PageSize` with `Total` = their number; filters are not applied. Missing fields are filled
 * (`Uid` `uid-1`, `Name` `user-1`, … `internalUser`, `ACTIVE`, empty text).
 */
export function answerUserList(
  users: readonly Partial<User>[],
  options: OverrideOptions = {},
): HttpHandler {
  const listed = users.map(completeUser);
  return override(['DescribeUserList'], options, async (request, requestId) => {
    const { pageNo, pageSize } = await pageOf(request);
    const start = (pageNo - 1) * pageSize;
    const page = listed.slice(start, start + pageSize);
    return dataEnvelope({ Total: listed.length, UserList: page }, requestId);
  });
}
