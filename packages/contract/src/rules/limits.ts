/** Service-wide limits of the user-management actions, from the Tencent Cloud API 3.0 docs. */
export const TCB_USER_LIMITS = {
  /** Requests per second the service accepts for each of the new user actions. */
  rateLimitPerSecond: 20,
  /** Largest number of uids one `DeleteUsers` call (or one `UidList`) may carry. */
  batchLimit: 100,
  /** Largest page size `DescribeUserList` serves. */
  maxPageSize: 100,
  /** Page size `DescribeUserList` uses when none is given. */
  defaultPageSize: 20,
  /** Largest request body the service reads, in bytes. */
  maxBodyBytes: 10 * 1024 * 1024,
  /** Largest distance, in seconds, between a request's timestamp and the server clock. */
  maxClockSkewSeconds: 300,
} as const;

/** API version every action of the `tcb` service is called with. */
export const TCB_API_VERSION = '2018-06-08';

/** Service name in the TC3 credential scope and the public host. */
export const TCB_SERVICE = 'tcb';

/** Public endpoint of the Tencent Cloud API for the `tcb` service. */
export const TCB_PUBLIC_ENDPOINT = 'https://tcb.tencentcloudapi.com/';
