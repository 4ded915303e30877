// Measures the browser entry as an app would ship it: bundled with its dependencies for the
// browser, minified, then gzipped. Usage: pnpm --filter @org/tcb-user-client size (after build)
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

const bundle = await rolldown({
  input: new URL('../dist/browser.js', import.meta.url).pathname,
  platform: 'browser',
  logLevel: 'warn',
});
const { output } = await bundle.generate({ format: 'esm', minify: true });
const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
if (/\bfrom\s*["']node:|require\(["']node:/.test(code))
  throw new Error('the browser bundle imports a node: module');
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `browser entry with dependencies: ${kb(code.length)} KB minified, ${kb(gzipSync(code, { level: 9 }).length)} KB minified+gzipped`,
);
