import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  dts: true,
  sourcemap: true,
  target: 'node20',
  fixedExtension: false,
};

export default defineConfig([
  { ...shared, entry: ['src/index.ts', 'src/conformance.ts'], format: 'esm', clean: true },
  // The conformance suite imports vitest, which cannot be loaded with `require`, so only the
  // main entry has a CommonJS build.
  { ...shared, entry: ['src/index.ts'], format: 'cjs', clean: false },
]);
