import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = ['core', 'ledger', 'payroll', 'hr', 'qc', 'analytics'] as const;

// Workspace packages resolve to their sources, so tests never need a build first.
const alias = Object.fromEntries(
  packages.map((name) => [
    `@bo/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    benchmark: { include: ['packages/*/bench/**/*.bench.ts'] },
    testTimeout: 30_000,
  },
});
