import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/router.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  fixedExtension: false,
  unbundle: true,
});
