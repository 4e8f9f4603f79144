// Reads vitest's JSON report and prints CI's totals line: "N passed, N failed[, N skipped]".
// A test file that failed to load counts as one failure, so a broken import cannot pass silently.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of report.testResults ?? []) {
  const results = file.assertionResults ?? [];
  if (file.status === 'failed' && results.every((r) => r.status !== 'failed')) failed++;
  for (const r of results) {
    if (r.status === 'passed') passed++;
    else if (r.status === 'failed') failed++;
    else skipped++;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
