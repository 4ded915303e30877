import { describe, expect, it } from 'vitest';
import { isValidationError } from '../src/index.js';
import { createTestApp, seedUsers, useMockService } from './support/mock-service.js';

useMockService(seedUsers(250));

function names(users: { UserName: string }[]): string[] {
  return users.map((user) => user.UserName);
}

function expected(from: number, to: number): string[] {
  return seedUsers(250)
    .slice(from, to)
    .map((user) => user.name);
}

describe('getEndUserList', () => {
  it('returns the first page in the old shape with the total', async () => {
    const { app, sent } = createTestApp();
    const result = await app.user.getEndUserList({ limit: 20, offset: 0 });
    expect(result.Total).toBe(250);
    expect(names(result.Users)).toEqual(expected(0, 20));
    expect(result.RequestId).toMatch(/\S/);
    expect(sent.map((c) => c.params)).toEqual([{ EnvId: 'legacy-env', PageNo: 1, PageSize: 20 }]);
  });

  it('returns exactly the window when the offset is not a multiple of the limit', async () => {
    const { app, sent } = createTestApp();
    const result = await app.user.getEndUserList({ limit: 30, offset: 155 });
    expect(names(result.Users)).toEqual(expected(155, 185));
    expect(sent).toHaveLength(1);
  });

  it('returns a window over 100 users with the fewest page requests', async () => {
    const { app, sent } = createTestApp();
    const result = await app.user.getEndUserList({ limit: 150, offset: 37 });
    expect(names(result.Users)).toEqual(expected(37, 187));
    expect(sent).toHaveLength(2);
    expect(sent.every((c) => c.action === 'DescribeUserList')).toBe(true);
  });

  it('returns every user for a limit larger than the total', async () => {
    const { app, sent } = createTestApp();
    const result = await app.user.getEndUserList({ limit: 1000, offset: 0 });
    expect(result.Total).toBe(250);
    expect(names(result.Users)).toEqual(expected(0, 250));
    // Pages past the total learnt from the first answer are not asked for.
    expect(sent).toHaveLength(3);
  });

  it('returns the tail when the window runs past the end', async () => {
    const { app } = createTestApp();
    const result = await app.user.getEndUserList({ limit: 20, offset: 240 });
    expect(names(result.Users)).toEqual(expected(240, 250));
  });

  it('returns no users and the total when the window starts past the end', async () => {
    const { app, sent } = createTestApp();
    const result = await app.user.getEndUserList({ limit: 50, offset: 400 });
    expect(result).toMatchObject({ Total: 250, Users: [] });
    expect(sent).toHaveLength(1);
  });

  it('defaults to the first 20 users when called without options', async () => {
    const { app } = createTestApp();
    const result = await app.user.getEndUserList();
    expect(names(result.Users)).toEqual(expected(0, 20));
  });

  it('refuses a negative offset or a zero limit before sending anything', async () => {
    const { app, sent } = createTestApp();
    const negative = await app.user.getEndUserList({ limit: 10, offset: -1 }).catch((e) => e);
    const zero = await app.user.getEndUserList({ limit: 0, offset: 0 }).catch((e) => e);
    expect(isValidationError(negative) && negative.issues[0]?.field).toBe('offset');
    expect(isValidationError(zero) && zero.issues[0]?.field).toBe('limit');
    expect(zero.message).toContain('over 100 is fine');
    expect(sent).toHaveLength(0);
  });
});
