import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeUserStorageConformance } from '@org/tcb-user-mock/conformance';
import { afterAll } from 'vitest';
import { createSqliteUserStorage } from './sqlite-user-storage.js';

const folder = mkdtempSync(join(tmpdir(), 'tcb-emulator-conformance-'));
let files = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeUserStorageConformance('SQLite in memory', () =>
  createSqliteUserStorage({ inMemory: true }),
);
describeUserStorageConformance('SQLite file', () => {
  files += 1;
  return createSqliteUserStorage({ file: join(folder, `users-${files}.sqlite`) });
});
