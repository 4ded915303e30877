import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const launcher = fileURLToPath(new URL('../bin/tcb-users.js', import.meta.url));

/** What one `tcb-users` child process printed and how it ended. */
export interface ChildRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `tcb-users` command in a child process, as a user would, with exactly the
 * given environment (plus `PATH`). Resolves when it exits; never rejects for a non-zero code.
 */
export function runCliChild(
  args: readonly string[],
  env: Record<string, string>,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
      resolve({ code: code ?? 1, stdout: text(out), stderr: text(err) });
    });
  });
}

/** Runs `tcb-users` and returns its stdout; throws with its last stderr line unless it exits 0. */
export async function expectCliSuccess(
  args: readonly string[],
  env: Record<string, string>,
): Promise<string> {
  const run = await runCliChild(args, env);
  if (run.code === 0) return run.stdout;
  throw new Error(`tcb-users ${args[0]} exited ${run.code}: ${reasonOf(run.stderr)}`);
}

// The CLI's own one-line message when there is one, else the error line of a crash.
function reasonOf(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const own = lines.filter((line) => line.startsWith('tcb-users:')).at(-1);
  return own ?? lines.find((line) => /Error/.test(line)) ?? lines.at(-1) ?? '';
}
