import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/bin.ts', 'src/main-job.ts', 'src/index.ts'],
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  fixedExtension: false,
  // An app: every package stays an import resolved at run time, nothing is bundled in.
  deps: { neverBundle: [/^[^./]/] },
});
