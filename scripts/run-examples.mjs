// Runs every example (examples/*/main.ts) with tsx, one after another, so examples cannot rot.
// Exits non-zero on the first failure. Usage: node scripts/run-examples.mjs [name-filter]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const filter = process.argv[2] ?? '';
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() && d.name.includes(filter) && existsSync(join(root, 'examples', d.name, 'main.ts')),
  )
  .map((d) => d.name)
  .sort();

let failed = 0;
for (const name of examples) {
  const started = Date.now();
  const run = spawnSync(tsx, [join('examples', name, 'main.ts')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    console.log(`ok   ${name} (${seconds} s)`);
  } else {
    failed++;
    console.log(`FAIL ${name} (${seconds} s, exit ${run.status})`);
    console.log(run.stdout.split('\n').slice(-20).join('\n'));
    console.log(run.stderr.split('\n').slice(-40).join('\n'));
  }
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
