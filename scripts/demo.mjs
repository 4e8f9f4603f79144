// `pnpm demo`: the main job. Runs the end-to-end company month when it exists, otherwise the core tour.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const candidates = ['examples/company-month/main.ts', 'examples/core-money/main.ts'];
const entry = candidates.find((c) => existsSync(join(root, c)));
const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [entry], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
