/** Handlers for the non-user actions the emulator answers, keyed by action name. */
export type ExtraActions = Readonly<
  Record<
    string,
    (params: Record<string, unknown>, context: { requestId: string }) => unknown | Promise<unknown>
  >
>;

function envBaseInfo(envId: string, region: string, createdAt: string) {
  return {
    EnvId: envId,
    Alias: envId,
    Status: 'NORMAL',
    Source: 'qcloud',
    Region: region,
    CreateTime: createdAt,
    UpdateTime: createdAt,
    PackageId: 'emulator',
    PackageName: 'tcb-user-emulator',
    EnvType: 'baas',
    EnvChannel: 'qcloud',
    PayMode: 'postpaid',
    IsDefault: false,
    IsAutoDegrade: false,
    IsDauPackage: false,
    Databases: [],
    Storages: [],
    Functions: [],
    StaticStorages: [],
    LogServices: [],
    CustomLogServices: [],
    Tags: [],
  };
}

/**
 * `DescribeEnvInfo` and `DescribeEnvs`, enough of them for `@cloudbase/manager-node`: it asks
 * `DescribeEnvInfo` for the environment before its first user call and reads `EnvId` from
 * `EnvInfo.EnvBaseInfo`. Unknown environments never reach these handlers: the service answers
 * `ResourceNotFound` first. Resource lists (databases, storage, functions) are empty.
 */
export function environmentActions(
  envIds: readonly string[],
  region = 'ap-shanghai',
): ExtraActions {
  const createdAt = new Date().toISOString().replace('T', ' ').slice(0, 19);
  return {
    DescribeEnvInfo: (params) => {
      const envId = typeof params.EnvId === 'string' ? params.EnvId : (envIds[0] ?? '');
      return { EnvInfo: { EnvBaseInfo: envBaseInfo(envId, region, createdAt) } };
    },
    DescribeEnvs: () => ({
      EnvList: envIds.map((envId) => envBaseInfo(envId, region, createdAt)),
      Total: envIds.length,
    }),
  };
}
