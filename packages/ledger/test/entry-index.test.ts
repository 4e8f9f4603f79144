import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryIndex } from '../src/journal/entry-index.js';

describe('EntryIndex (the id index of the ledger)', () => {
  it('behaves as a Map under additions, replacements, check-then-add and undo of the last additions', () => {
    const op = fc.oneof(
      fc.record({ t: fc.constant('set' as const), id: fc.string({ maxLength: 3 }), v: fc.integer() }),
      fc.record({ t: fc.constant('undo' as const), n: fc.nat(40) }),
      fc.record({ t: fc.constant('getOrAdd' as const), id: fc.string({ maxLength: 3 }), v: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const index = new EntryIndex<number>();
        const model = new Map<string, number>();
        const order: string[] = []; // ids in the order they were first added
        for (const o of ops) {
          if (o.t === 'getOrAdd') {
            expect(index.getOrAdd(o.id, o.v)).toBe(model.get(o.id));
            if (!model.has(o.id)) {
              order.push(o.id);
              model.set(o.id, o.v);
            }
          } else if (o.t === 'set') {
            if (!model.has(o.id)) order.push(o.id);
            model.set(o.id, o.v);
            index.set(o.id, o.v);
          } else {
            const size = Math.max(0, index.size - o.n);
            index.truncate(size);
            while (order.length > size) model.delete(order.pop()!);
          }
          expect(index.size).toBe(model.size);
        }
        for (const [k, v] of model) expect(index.get(k)).toBe(v);
        for (const o of ops) if (o.t !== 'undo' && !model.has(o.id)) expect(index.has(o.id)).toBe(false);
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  it('grows through many doublings and finds every one', () => {
    const index = new EntryIndex<number>();
    const n = 300_000;
    for (let i = 0; i < n; i++) index.set(`E${i}`, i);
    expect(index.size).toBe(n);
    for (let i = 0; i < n; i += 997) expect(index.get(`E${i}`)).toBe(i);
    expect(index.get('E-1')).toBeUndefined();
    index.truncate(10);
    expect(index.get('E9')).toBe(9);
    expect(index.get('E10')).toBeUndefined();
    index.set('E10', 42);
    expect(index.get('E10')).toBe(42);
  });
});
