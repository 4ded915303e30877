import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  entry: ['src/index.ts', 'src/router.ts'],
  dts: true,
  sourcemap: true,
  target: 'node20',
  fixedExtension: false,
};

export default defineConfig([
  // ESM keeps one module per source file, so bundlers drop the schema groups an app never
  // imports (`sideEffects: false`).
  { ...shared, format: 'esm', unbundle: true, clean: true },
  // CommonJS is what Node loads with `require`: one file per entry loads faster than many.
  { ...shared, format: 'cjs', clean: false },
]);
