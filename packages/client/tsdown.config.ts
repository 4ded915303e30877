import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', browser: 'src/browser/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  fixedExtension: false,
});
