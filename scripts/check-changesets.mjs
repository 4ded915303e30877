// Checks that every changeset names only published packages and has a summary line, so a
// changeset cannot silently target an app or an unknown package.
import { readdirSync, readFileSync } from 'node:fs';

const published = new Set([
  '@org/tcb-user-contract',
  '@org/tcb-user-client',
  '@org/tcb-user-legacy-compat',
  '@org/tcb-user-mock',
]);
const problems = [];
const files = readdirSync('.changeset').filter((f) => f.endsWith('.md') && f !== 'README.md');
for (const file of files) {
  const text = readFileSync(`.changeset/${file}`, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) {
    problems.push(`${file}: no front matter`);
    continue;
  }
  for (const line of match[1].split('\n').filter(Boolean)) {
    const name = /^["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line)?.[1];
    if (!name || !published.has(name))
      problems.push(`${file}: "${line}" is not a published package bump`);
  }
  if (match[2].trim() === '') problems.push(`${file}: the summary is empty`);
}
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.stdout.write(`${files.length} changesets checked, ${problems.length} problems\n`);
process.exit(problems.length === 0 ? 0 : 1);
