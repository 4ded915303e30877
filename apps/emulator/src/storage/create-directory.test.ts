import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDirectory } from './create-directory.js';

const scratch = mkdtempSync(join(tmpdir(), 'tcb-emulator-create-directory-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('createDirectory', () => {
  it('creates missing parents and accepts a folder that exists', () => {
    const dir = join(scratch, 'a', 'b', 'c');
    createDirectory(dir);
    createDirectory(dir);
    expect(existsSync(dir)).toBe(true);
  });

  it('throws at once for a folder under a regular file', () => {
    const file = join(scratch, 'file');
    writeFileSync(file, '');
    expect(() => createDirectory(join(file, 'data'))).toThrow(/ENOTDIR/);
  });

  it.runIf(process.platform === 'linux')('throws at once under /proc instead of looping', () => {
    expect(() => createDirectory('/proc/tcb-emulator-missing/data')).toThrow();
  });
});
