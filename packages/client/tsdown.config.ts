import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  dts: true,
  sourcemap: true,
  target: 'node20',
  fixedExtension: false,
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', browser: 'src/browser/index.ts' },
    format: 'esm',
    clean: true,
  },
  // One CommonJS build per entry: a chunk shared between them would make `index.cjs` export
  // the bundler's interop helper next to the public names.
  { ...shared, entry: { index: 'src/index.ts' }, format: 'cjs', clean: false },
  { ...shared, entry: { browser: 'src/browser/index.ts' }, format: 'cjs', clean: false },
]);
