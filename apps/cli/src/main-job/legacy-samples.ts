import { CloudBase } from '@org/tcb-user-legacy-compat';
import type { SampleTarget } from './sample-target.js';

/**
 * The deprecated-calls step of the main job: runs the documented sample code of the withdrawn
 * `EndUser` calls (`getEndUserList`, `createEndUser`, `modifyEndUser`, `updateEndUser`,
 * `setEndUserStatus`, `deleteEndUsers`) through `@org/tcb-user-legacy-compat` against the
 * emulator, and checks the results have the old shapes.
 */
export async function runLegacySamples(target: SampleTarget): Promise<{ summary: string }> {
  const { secretId, secretKey, envId } = target;
  // Only the import differs from old code; the logger shows the one-time deprecation notices.
  const app = new CloudBase({
    secretId,
    secretKey,
    envId,
    legacy: { logger: { warn: (message) => target.print(`warning: ${message}`) } },
  });

  const { Users, Total } = await app.user.getEndUserList({ offset: 5, limit: 3 });
  target.print(`getEndUserList: ${Users.length} of ${Total}, first ${Users[0]?.UserName}`);

  const { User } = await app.user.createEndUser({
    username: 'legacy.sample',
    password: 'Legacy@2024',
  });
  target.print(`createEndUser: ${User.UUId} (${User.UserName})`);

  await app.user.modifyEndUser({ uuid: User.UUId, username: 'legacy.sample2' });
  await app.user.updateEndUser({ uuid: User.UUId, nickName: 'Legacy Sample', gender: 'FEMALE' });
  await app.user.setEndUserStatus({ uuid: User.UUId, status: 'DISABLE' });

  const after = await app.user.getEndUserList({ offset: Total, limit: 1 });
  const changed = after.Users[0];
  target.print(
    `after modify/update/status: ${changed?.UserName}, ${changed?.NickName}, ` +
      `disabled ${changed?.IsDisabled}`,
  );
  await app.user.deleteEndUsers({ userList: [User.UUId] });

  const check = await app.user.getEndUserList({ offset: 0, limit: 1 });
  if (Users.length !== 3 || changed?.UserName !== 'legacy.sample2' || !changed.IsDisabled) {
    throw new Error('the deprecated-call samples did not see the changes they made');
  }
  if (check.Total !== Total) throw new Error('deleteEndUsers left the sample user behind');
  return { summary: '6 deprecated calls through the shim, results in the old shapes' };
}
