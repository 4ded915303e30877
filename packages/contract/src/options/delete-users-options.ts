import { z } from 'zod';
import { uidBatchSchema } from '../rules/field-schemas.js';
import { optionsObject } from '../rules/options-object.js';

/** Options of `deleteUsers`: 1-100 non-empty uids. */
export const deleteUsersOptionsSchema = z.object({ uids: uidBatchSchema }, optionsObject).strict();

/** What `deleteUsers` accepts. */
export type DeleteUsersOptions = z.input<typeof deleteUsersOptionsSchema>;
