import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { type CommandContext, targetOptionsOf } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { formatInvalidRows } from '../import/format-invalid-rows.js';
import {
  createProgressBar,
  type ImportProgress,
  silentProgress,
} from '../import/import-progress.js';
import { formatImportReport, type ImportReport, summarizeImport } from '../import/import-report.js';
import { readUserFile } from '../import/read-user-file.js';
import { type ImportPlan, runImport } from '../import/run-import.js';
import { USER_FILE_FORMATS, type UserFileFormat } from '../import/user-file-format.js';
import { type RowValidation, validateRows } from '../import/validate-rows.js';
import { parsePositiveInteger } from '../option-parsers.js';
import { writeJson, writeLine } from '../output/write-output.js';
import { openTarget, type Target } from '../target/target-options.js';

interface ImportFlags {
  format?: UserFileFormat;
  skipInvalid?: boolean;
  dryRun?: boolean;
  concurrency: number;
  json?: boolean;
  progress: boolean;
}

/** Default number of creates in flight during an import. */
export const DEFAULT_IMPORT_CONCURRENCY = 8;

/** Registers `import <file>`: validate every row, then create users, resumable by name. */
export function registerImportCommand(program: Command, context: CommandContext): void {
  program
    .command('import')
    .description(
      'Create users from a CSV or JSON lines file. Every row is checked first; nothing is sent ' +
        'while any row is bad (unless --skip-invalid). Safe to re-run: existing names are skipped.',
    )
    .argument('<file>', 'CSV with a header row, or JSON lines (one object a line)')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices(
        USER_FILE_FORMATS,
      ),
    )
    .option('--skip-invalid', 'import the good rows and list the bad ones instead of refusing')
    .option('--dry-run', 'only check the file; send nothing')
    .option(
      '--concurrency <n>',
      'creates in flight at once',
      parsePositiveInteger,
      DEFAULT_IMPORT_CONCURRENCY,
    )
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the final report as JSON')
    .action(async (file: string, flags: ImportFlags, cmd: Command) => {
      context.setExitCode(await runImportCommand(file, flags, cmd, context));
    });
}

async function runImportCommand(
  path: string,
  flags: ImportFlags,
  cmd: Command,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context;
  const started = performance.now();
  const file = await readUserFile(path, flags.format);
  const checked = validateRows(file);
  const rowCount = file.rows.length + file.unreadable.length;
  const bad = checked.invalid.length;
  if (bad > 0 && !flags.skipInvalid) return refuse(path, rowCount, checked, flags, context);
  if (bad > 0) {
    writeLine(io.stderr, `Leaving out ${bad} bad rows:`);
    io.stderr.write(formatInvalidRows(checked.invalid));
  }
  if (flags.dryRun) return reportDryRun(path, rowCount, checked, flags, context);
  const target = openTarget(targetOptionsOf(cmd), io);
  const progress = chooseProgress(flags, context);
  const run = await runImport(target.client, checked.valid, {
    pacer: target.pacer,
    concurrency: flags.concurrency,
    ...(io.signal ? { signal: io.signal } : {}),
    onPlan: (plan) => {
      if (!flags.json) writeLine(io.stderr, describePlan(plan, target, flags.concurrency));
      progress.start(checked.valid.length);
    },
    onOutcome: (outcome) => progress.update(outcome),
  });
  progress.stop();
  const report = summarizeImport({
    file: basename(path),
    format: file.format,
    rows: rowCount,
    invalidRows: checked.invalid,
    outcomes: run.outcomes,
    interrupted: run.interrupted,
    durationMs: Math.round(performance.now() - started),
  });
  return writeReport(report, flags, context);
}

/** The line an import prints once it knows which rows already exist. */
export function describePlan(plan: ImportPlan, target: Target, concurrency: number): string {
  const rows = plan.alreadyThere + plan.toCreate;
  const pace = `${concurrency} at a time, at most ${target.rate} requests/s`;
  const counts = `${plan.alreadyThere} already exist, ${plan.toCreate} to create`;
  return `Importing ${rows} rows into ${target.envId}: ${counts}, ${pace}.`;
}

function chooseProgress(flags: ImportFlags, context: CommandContext): ImportProgress {
  const wanted = flags.progress && !flags.json && context.io.stderrIsTty;
  return wanted ? createProgressBar(context.io.stderr) : silentProgress;
}

function writeReport(report: ImportReport, flags: ImportFlags, context: CommandContext): ExitCode {
  if (flags.json) writeJson(context.io.stdout, report);
  else context.io.stdout.write(formatImportReport(report));
  if (report.interrupted) return EXIT_CODES.interrupted;
  return report.failed > 0 ? EXIT_CODES.failed : EXIT_CODES.ok;
}

function refuse(
  path: string,
  rowCount: number,
  checked: RowValidation,
  flags: ImportFlags,
  context: CommandContext,
): ExitCode {
  const { io } = context;
  const bad = checked.invalid.length;
  if (flags.json) {
    writeJson(io.stdout, {
      file: basename(path),
      refused: true,
      rows: rowCount,
      invalid: bad,
      invalidRows: checked.invalid,
    });
  }
  writeLine(
    io.stderr,
    `Refused ${basename(path)}: ${bad} of ${rowCount} rows break a rule, so nothing was sent. ` +
      'Fix them, or pass --skip-invalid to import the others.',
  );
  io.stderr.write(formatInvalidRows(checked.invalid));
  return EXIT_CODES.invalid;
}

function reportDryRun(
  path: string,
  rowCount: number,
  checked: RowValidation,
  flags: ImportFlags,
  context: CommandContext,
): ExitCode {
  const valid = checked.valid.length;
  if (flags.json) {
    writeJson(context.io.stdout, {
      file: basename(path),
      dryRun: true,
      rows: rowCount,
      valid,
      invalid: checked.invalid.length,
    });
  } else {
    writeLine(
      context.io.stdout,
      `${basename(path)}: ${valid} of ${rowCount} rows are valid. Nothing was sent (--dry-run).`,
    );
  }
  return EXIT_CODES.ok;
}
