// The official Tencent Cloud Node SDK, unchanged, pointed at the emulator through its
// `httpProfile`. It derives the credential-scope service from the endpoint's first label
// (`127` for `127.0.0.1:<port>`) and signs the host without the port.
import { tcb } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tcb/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index.js';

const key = {
  secretId: 'AKIDofficialsdktest0000000000000000',
  secretKey: 'official-sdk-test-secret-000000',
};
let emulator: RunningEmulator;

function client(credential = key) {
  return new tcb.v20180608.Client({
    credential,
    region: 'ap-shanghai',
    profile: { httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://' } },
  });
}

beforeAll(async () => {
  emulator = await startEmulator({
    inMemory: true,
    envIds: ['sdk-env'],
    keys: [key],
    passwordIterations: 1,
  });
});
afterAll(async () => {
  await emulator.stop();
});

describe('the official Tencent Cloud Node SDK against the emulator', () => {
  it('creates, lists with filters, modifies and deletes users', async () => {
    const sdk = client();
    const created = await sdk.CreateUser({
      EnvId: 'sdk-env',
      Name: 'sdk.ada',
      Phone: '13900000001',
      Email: 'ada@example.com',
      Password: 'Abcdef12!',
    });
    const uid = created.Data?.Uid ?? '';
    expect(uid).not.toBe('');
    await sdk.CreateUser({ EnvId: 'sdk-env', Name: 'sdk.grace', Email: 'grace@example.com' });

    const byEmail = await sdk.DescribeUserList({ EnvId: 'sdk-env', Email: 'ada@' });
    expect(byEmail.Data?.Total).toBe(1);
    expect(byEmail.Data?.UserList?.[0]?.Name).toBe('sdk.ada');
    const page = await sdk.DescribeUserList({ EnvId: 'sdk-env', PageNo: 2, PageSize: 1 });
    expect(page.Data?.Total).toBe(2);
    expect(page.Data?.UserList?.[0]?.Name).toBe('sdk.grace');

    await sdk.ModifyUser({ EnvId: 'sdk-env', Uid: uid, NickName: 'Ada L.', Email: '' });
    const modified = await sdk.DescribeUserList({ EnvId: 'sdk-env', UidList: [uid] });
    expect(modified.Data?.UserList?.[0]).toMatchObject({ NickName: 'Ada L.', Email: '' });

    const deleted = await sdk.DeleteUsers({ EnvId: 'sdk-env', Uids: [uid] });
    expect(deleted.Data).toMatchObject({ SuccessCount: 1, FailedCount: 0 });
  });

  it('reaches the extra actions through the generic request call', async () => {
    const info = (await client().request('DescribeEnvInfo', { EnvId: 'sdk-env' })) as {
      EnvInfo: { EnvBaseInfo: { EnvId: string } };
    };
    expect(info.EnvInfo.EnvBaseInfo.EnvId).toBe('sdk-env');
  });

  it('surfaces the service error codes, including a refused signature', async () => {
    const duplicate = client().CreateUser({ EnvId: 'sdk-env', Name: 'sdk.grace' });
    await expect(duplicate).rejects.toMatchObject({ code: 'FailedOperation.DuplicatedData' });
    const wrong = client({ secretId: key.secretId, secretKey: 'wrong-secret' });
    await expect(wrong.DescribeUserList({ EnvId: 'sdk-env' })).rejects.toMatchObject({
      code: 'AuthFailure.SignatureFailure',
    });
    await expect(client().DescribeUserList({ EnvId: 'other-env' })).rejects.toMatchObject({
      code: 'ResourceNotFound',
    });
  });
});
