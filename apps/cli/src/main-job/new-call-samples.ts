import { CloudBase } from '@org/tcb-user-client';
import type { SampleTarget } from './sample-target.js';

/**
 * Runs the documented sample code of the four new calls (`CloudBase.init(...)`, then
 * `app.user.createUser / describeUserList / modifyUser / deleteUsers`), as printed in the client
 * README and the manager-node documentation. The endpoint comes from `TCB_BASE_URL`, which the
 * main job has pointed at its emulator.
 */
export async function runNewCallSamples(target: SampleTarget): Promise<{ summary: string }> {
  const { secretId, secretKey, envId } = target;
  const app = CloudBase.init({ secretId, secretKey, envId });

  const created = await app.user.createUser({
    name: 'sample.alice',
    password: 'Abc@12345',
    type: 'internalUser',
    nickName: 'Alice',
    email: 'sample.alice@example.com',
  });
  target.print(`New user UID: ${created.Data.Uid}`);

  const listed = await app.user.describeUserList({ pageNo: 1, pageSize: 10, name: 'sample.alice' });
  target.print(`Total: ${listed.Data.Total}`);

  const modified = await app.user.modifyUser({
    uid: created.Data.Uid,
    nickName: 'Alice Liddell',
    userStatus: 'BLOCKED',
  });
  target.print(`Modified: ${modified.Data.Success}`);

  const deleted = await app.user.deleteUsers({ uids: [created.Data.Uid, 'no-such-uid'] });
  target.print(`Deleted: ${deleted.Data.SuccessCount} Failed: ${deleted.Data.FailedCount}`);

  if (listed.Data.Total !== 1 || deleted.Data.SuccessCount !== 1) {
    throw new Error('the new-call samples did not see the user they created');
  }
  return { summary: '4 documented calls through CloudBase.init (create, list, modify, delete)' };
}
