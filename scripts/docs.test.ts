// Every ```ts code block in README.md and docs/*.md runs here, so the docs cannot lie. Each block is a
// script of its own, unless its fence says `ts continued`: then it runs after the blocks before it, like a
// notebook cell (imports of the chain are merged). A block whose fence says `ts no-run` is a fragment (a
// signature, a type, an excerpt) and is only shown.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it, vi } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs');
// Blocks are written one level below the root, as docs/ is, so '../examples/…' imports resolve as a reader expects.
const outDir = join(root, '.doc-blocks');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

interface Block {
  readonly line: number;
  readonly code: string;
  readonly continued: boolean;
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
    const info = fence[2] ?? '';
    if (!info.includes('no-run'))
      found.push({ line: start + 1, code: body.join('\n'), continued: info.includes('continued') });
  }
  return found;
}

const IMPORT = /^import\s+(type\s+)?(?:\{([^}]*)\}|\*\s+as\s+(\w+)|(\w+))\s+from\s+['"]([^'"]+)['"];?\s*$/gm;

/** Merges the imports of a chain of blocks (one import per module) and keeps the rest in order. */
function pageScript(found: readonly Block[]): string {
  const named = new Map<string, Set<string>>();
  const other: string[] = [];
  const bodies: string[] = [];
  for (const block of found) {
    const code = block.code.replace(
      IMPORT,
      (
        _m,
        _type,
        names: string | undefined,
        star: string | undefined,
        def: string | undefined,
        from: string,
      ) => {
        if (names !== undefined) {
          const set = named.get(from) ?? new Set<string>();
          for (const n of names
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean))
            set.add(n);
          named.set(from, set);
        } else if (star) other.push(`import * as ${star} from '${from}';`);
        else if (def) other.push(`import ${def} from '${from}';`);
        return '';
      },
    );
    bodies.push(`// --- block at line ${block.line}\n${code}`);
  }
  const imports = [...named].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`);
  return [...new Set([...imports, ...other])].join('\n') + '\n' + bodies.join('\n') + '\nexport {};\n';
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
  // Chains: a block starts one, each `continued` block joins the chain before it.
  const chains: Block[][] = [];
  for (const block of found) {
    const last = chains[chains.length - 1];
    if (block.continued && last) last.push(block);
    else chains.push([block]);
  }
  describe(page.slice(root.length), () => {
    for (const chain of chains) {
      const first = chain[0] as Block;
      const lines = chain.map((b) => b.line).join(', ');
      it(`code at line${chain.length > 1 ? 's' : ''} ${lines} runs`, async () => {
        const path = join(outDir, `${name}-${first.line}.ts`);
        writeFileSync(path, pageScript(chain));
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
