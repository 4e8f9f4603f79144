// Every ```ts code block in README.md and docs/*.md runs here, so the docs cannot lie. A block whose fence says
// `ts no-run` is a fragment (a signature, a type) and is only shown, not run.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it, vi } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs');
const outDir = join(root, 'scripts', '.doc-blocks');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

interface Block {
  readonly line: number;
  readonly code: string;
}

function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(ts|typescript)(\s.*)?$/.exec(lines[i] ?? '');
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) body.push(lines[i] ?? '');
    if (!(fence[2] ?? '').includes('no-run')) found.push({ line: start + 1, code: body.join('\n') });
  }
  return found;
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const pages = [
  { name: 'README', path: join(root, 'README.md') },
  ...readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `docs-${f.replace(/\.md$/, '')}`, path: join(docsDir, f) })),
];

for (const { name, path: page } of pages) {
  const found = blocks(readFileSync(page, 'utf8'));
  if (found.length === 0) continue;
  describe(page.slice(root.length), () => {
    for (const block of found) {
      it(`code block at line ${block.line} runs`, async () => {
        const path = join(outDir, `${name}-${block.line}.ts`);
        writeFileSync(path, `${block.code}\nexport {};\n`);
        const log = vi.spyOn(console, 'log').mockImplementation(() => {});
        try {
          await import(path);
        } finally {
          log.mockRestore();
        }
      });
    }
  });
}
