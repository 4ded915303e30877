import type { FieldIssue } from '@org/tcb-user-contract';
import type { TcbUserClientOptions } from '../client-options.js';
import { readEnv } from './read-env.js';

/** Fills options a runtime can default from its environment, and says where a value came from. */
export interface EnvironmentDefaults {
  /** Returns a copy of the options with the environment's values where they are absent. */
  fill(options: TcbUserClientOptions): Record<string, unknown>;
  /** Adds to each credential issue whether the value came from the options or the environment. */
  explain(issues: FieldIssue[], options: TcbUserClientOptions): FieldIssue[];
}

const envNames = {
  secretId: 'TENCENTCLOUD_SECRETID',
  secretKey: 'TENCENTCLOUD_SECRETKEY',
  sessionToken: 'TENCENTCLOUD_SESSIONTOKEN',
} as const;

/** Node's defaults: credentials from `TENCENTCLOUD_*`, the endpoint from `TCB_BASE_URL`. */
export const environmentDefaults: EnvironmentDefaults = {
  fill(options) {
    const merged: Record<string, unknown> = { ...options };
    for (const [key, name] of Object.entries(envNames)) {
      if (merged[key] === undefined) merged[key] = readEnv(name);
    }
    merged.endpoint ??= readEnv('TCB_BASE_URL') || undefined;
    return merged;
  },
  // Says where a credential came from, so a bad environment variable is easy to find.
  explain(issues, options) {
    return issues.map((issue) => {
      const name = envNames[issue.field as keyof typeof envNames];
      if (!name) return issue;
      const given = (options as unknown as Record<string, unknown>)[issue.field] !== undefined;
      const source = given ? 'from options' : `pass ${issue.field} or set ${name}`;
      return { field: issue.field, message: `${issue.message} (${source})` };
    });
  },
};
