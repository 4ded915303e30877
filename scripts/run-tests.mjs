// Runs the whole check suite (lint, build, typecheck, package checks, tests) and ends with the
// plain summary line `N passed, N failed, N skipped`, summed over every package's vitest report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'apps'];
const workspaces = roots.flatMap((root) =>
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name)),
);

for (const dir of workspaces) rmSync(join(dir, 'test-results.json'), { force: true });

function run(label, command, args) {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const steps = [
  ['lint and format', 'pnpm', ['exec', 'biome', 'ci', '.']],
  ['changesets', 'node', ['scripts/check-changesets.mjs']],
  [
    'build, typecheck, package checks and tests',
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'build',
      'typecheck',
      'check:package',
      'test',
      '--continue',
      '--force',
    ],
  ],
];
const failedSteps = steps.filter(([label, command, args]) => !run(label, command, args));

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of workspaces) {
  const file = join(dir, 'test-results.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  process.stdout.write(
    `${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
      `, ${report.numPendingTests} skipped\n`,
  );
}

for (const [label] of failedSteps) process.stdout.write(`step failed: ${label}\n`);
failed += failedSteps.length;
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
