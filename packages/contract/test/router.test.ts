import { type ApiFetcherArgs, initClient } from '@ts-rest/core';
import { describe, expect, it } from 'vitest';
import {
  ACTION_INFO,
  classifyParameterIssues,
  DEPRECATED_USER_ACTIONS,
  NEW_USER_ACTIONS,
  TCB_API_VERSION,
} from '../src/index.js';
import { tcbUserRouter } from '../src/router.js';

describe('tcbUserRouter', () => {
  it('has one POST / route per action, new and deprecated', () => {
    const actions = [...NEW_USER_ACTIONS, ...DEPRECATED_USER_ACTIONS];
    expect(Object.keys(tcbUserRouter).sort()).toEqual([...actions].sort());
    for (const action of actions) {
      expect(tcbUserRouter[action].method).toBe('POST');
      expect(tcbUserRouter[action].path).toBe('/');
      expect(tcbUserRouter[action].metadata).toEqual({ action });
    }
  });

  it('marks exactly the withdrawn actions deprecated, naming the replacement', () => {
    for (const action of DEPRECATED_USER_ACTIONS) {
      const route = tcbUserRouter[action];
      expect(route.deprecated).toBe(true);
      expect(route.summary).toContain(ACTION_INFO[action].replacedBy);
    }
    for (const action of NEW_USER_ACTIONS) {
      expect('deprecated' in tcbUserRouter[action]).toBe(false);
    }
  });

  it('makes a ts-rest client send each route its own action header', async () => {
    const seen: Record<string, unknown>[] = [];
    const api = async (args: ApiFetcherArgs) => {
      seen.push(args.headers);
      const body = { Response: { Data: { Uid: 'u1' }, RequestId: 'r1' } };
      return { status: 200, body, headers: new Headers() };
    };
    const client = initClient(tcbUserRouter, {
      baseUrl: 'http://127.0.0.1:1',
      baseHeaders: {
        'x-tc-action': ({ route }) => (route.metadata as { action: string }).action,
        'x-tc-version': TCB_API_VERSION,
      },
      api,
      validateResponse: true,
    });
    const result = await client.CreateUser({ body: { EnvId: 'env', Name: 'ann' } });
    expect(result.body).toEqual({ Response: { Data: { Uid: 'u1' }, RequestId: 'r1' } });
    await client.DeleteUsers({ body: { EnvId: 'env', Uids: ['u1'] } }).catch(() => undefined);
    expect(seen.map((h) => h['x-tc-action'])).toEqual(['CreateUser', 'DeleteUsers']);
    expect(seen[0]?.['x-tc-version']).toBe('2018-06-08');
  });
});

describe('classifyParameterIssues', () => {
  const schema = tcbUserRouter.CreateUser.body;

  it('reports a missing parameter first', () => {
    const error = schema.safeParse({ EnvId: 'env', Foo: 1 }).error!;
    expect(classifyParameterIssues(error)).toEqual({
      code: 'MissingParameter',
      message: 'Name: is required',
    });
  });

  it('reports an unknown parameter', () => {
    const error = schema.safeParse({ EnvId: 'env', Name: 'ann', Nick: 'x' }).error!;
    expect(classifyParameterIssues(error)).toEqual({
      code: 'UnknownParameter',
      message: 'Nick: is not a known parameter',
    });
  });

  it('reports a wrong type as InvalidParameter', () => {
    const error = schema.safeParse({ EnvId: 'env', Name: 12 }).error!;
    expect(classifyParameterIssues(error).code).toBe('InvalidParameter');
  });

  it('reports a broken value rule as InvalidParameterValue naming the field', () => {
    const error = schema.safeParse({ EnvId: 'env', Name: 'ann', Phone: '12' }).error!;
    const problem = classifyParameterIssues(error);
    expect(problem.code).toBe('InvalidParameterValue');
    expect(problem.message).toMatch(/^Phone: must be an 11-digit/);
  });
});
