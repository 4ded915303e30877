import { z } from 'zod';
import {
  filterTextSchema,
  pageNoSchema,
  pageSizeSchema,
  uidFilterSchema,
} from '../rules/field-schemas.js';
import { optionsObject } from '../rules/options-object.js';

/**
 * Options of `describeUserList`. The text filters are case-sensitive substring matches that
 * combine with AND; `uidList` keeps only the listed uids.
 */
export const describeUserListOptionsSchema = z
  .object(
    {
      pageNo: pageNoSchema.optional(),
      pageSize: pageSizeSchema.optional(),
      name: filterTextSchema.optional(),
      nickName: filterTextSchema.optional(),
      phone: filterTextSchema.optional(),
      email: filterTextSchema.optional(),
      uidList: uidFilterSchema.optional(),
    },
    optionsObject,
  )
  .strict();

/** What `describeUserList` accepts. */
export type DescribeUserListOptions = z.input<typeof describeUserListOptionsSchema>;

/** The filter part of `describeUserList` options, without paging. */
export type UserFilter = Omit<DescribeUserListOptions, 'pageNo' | 'pageSize'>;
