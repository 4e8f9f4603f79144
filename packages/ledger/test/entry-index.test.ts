import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryIndex, hashId } from '../src/journal/entry-index.js';
import { IdPool, idAt } from '../src/journal/id-pool.js';

/** A pool of ids as the plain-text reader makes one. */
function poolOf(ids: readonly string[]): IdPool {
  const utf8 = new TextEncoder();
  const parts = ids.map((id) => utf8.encode(id));
  // in reverse order with a gap, as a pool's ranges need not follow each other
  const start = new Int32Array(ids.length);
  const end = new Int32Array(ids.length);
  let n = 3;
  for (let i = ids.length - 1; i >= 0; i--) {
    start[i] = n;
    end[i] = n + parts[i]!.length;
    n = end[i]! + 1;
  }
  const bytes = new Uint8Array(n);
  parts.forEach((b, i) => {
    bytes.set(b, start[i]!);
  });
  const ascii = parts.every((b) => b.every((c) => c < 0x80));
  return new IdPool(bytes, start, end, Int32Array.from(ids, hashId), ascii);
}

/** An operation on the index, as the model-based tests generate them. */
type Op =
  | { readonly t: 'getOrAdd'; readonly id: string; readonly v: number }
  | { readonly t: 'set'; readonly id: string; readonly v: number }
  | { readonly t: 'undo'; readonly n: number }
  | { readonly t: 'addAll'; readonly ids: readonly string[]; readonly v: number };

/** What the index must behave as: a Map that remembers the order ids were first added in. */
class IndexModel {
  readonly map = new Map<string, number>();
  readonly order: string[] = [];

  add(id: string, v: number): void {
    if (!this.map.has(id)) this.order.push(id);
    this.map.set(id, v);
  }

  /** Applies `o` to the index and to the model, checking what the index answers. */
  step(index: EntryIndex<number>, o: Op): void {
    if (o.t === 'getOrAdd') {
      expect(index.getOrAdd(o.id, o.v)).toBe(this.map.get(o.id));
      if (!this.map.has(o.id)) this.add(o.id, o.v);
    } else if (o.t === 'set') {
      index.set(o.id, o.v);
      this.add(o.id, o.v);
    } else if (o.t === 'addAll') {
      const ok = new Set(o.ids).size === o.ids.length && o.ids.every((id) => !this.map.has(id));
      expect(index.addAll(o.ids, (i) => o.v + i)).toBe(ok);
      if (ok) for (let i = 0; i < o.ids.length; i++) this.add(o.ids[i]!, o.v + i);
    } else {
      const size = Math.max(0, index.size - o.n);
      index.truncate(size);
      while (this.order.length > size) this.map.delete(this.order.pop()!);
    }
    expect(index.size).toBe(this.map.size);
  }

  /** Every id of the model is found with its item; `absent` ones are not found. */
  check(index: EntryIndex<number>, absent: readonly string[]): void {
    for (const [k, v] of this.map) expect(index.get(k)).toBe(v);
    for (const id of absent) if (!this.map.has(id)) expect(index.has(id)).toBe(false);
  }
}

const idArb = fc.string({ maxLength: 3 });
const getOrAddArb = fc.record({ t: fc.constant('getOrAdd' as const), id: idArb, v: fc.integer() });
const setArb = fc.record({ t: fc.constant('set' as const), id: idArb, v: fc.integer() });
const undoArb = (most: number) => fc.record({ t: fc.constant('undo' as const), n: fc.nat(most) });

describe('EntryIndex (the id index of the ledger)', () => {
  it('behaves as a Map under additions, replacements, check-then-add and undo of the last additions', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(setArb, undoArb(40), getOrAddArb), { maxLength: 3000 }), (ops) => {
        const index = new EntryIndex<number>();
        const model = new IndexModel();
        for (const o of ops) model.step(index, o);
        model.check(
          index,
          ops.flatMap((o) => ('id' in o ? [o.id] : [])),
        );
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  it('addAll adds a batch of new, distinct ids, or nothing at all, and undoes like single additions', () => {
    const batch = fc.oneof(
      // distinct, large enough for the insertion by region of the table
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 1500 }),
      // small, may repeat
      fc.array(fc.string({ maxLength: 2 }), { maxLength: 12 }),
    );
    const addAllArb = fc.record({
      t: fc.constant('addAll' as const),
      ids: batch,
      v: fc.integer({ min: 0, max: 1e6 }),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(addAllArb, undoArb(2000), getOrAddArb), { maxLength: 40 }), (ops) => {
        const index = new EntryIndex<number>();
        const model = new IndexModel();
        for (const o of ops) {
          model.step(index, o);
          for (const id of model.order.slice(-50)) expect(index.get(id)).toBe(model.map.get(id));
        }
        model.check(
          index,
          ops.flatMap((o) => (o.t === 'addAll' ? o.ids : [])),
        );
      }),
      { numRuns: 80, seed: 7 },
    );
  });

  it('addAll of 300,000 ids into an index that has some: every one found, a repeat refused', () => {
    const index = new EntryIndex<number>();
    for (let i = 0; i < 1000; i++) index.set(`A${i}`, -i);
    const ids = Array.from({ length: 300_000 }, (_, i) => `E${i}`);
    expect(index.addAll(ids, (i) => i)).toBe(true);
    expect(index.size).toBe(301_000);
    for (let i = 0; i < 300_000; i += 991) expect(index.get(`E${i}`)).toBe(i);
    expect(index.get('A999')).toBe(-999);
    expect(index.addAll(['X1', 'E5'], () => 0)).toBe(false);
    expect(index.get('X1')).toBeUndefined();
    index.truncate(1000); // undoes exactly the addAll
    expect(index.get('E0')).toBeUndefined();
    expect(index.get('A0')).toBe(-0);
    expect(index.addAll(ids, (i) => i + 1)).toBe(true);
    index.truncate(500); // below the batch: rebuilt
    expect(index.size).toBe(500);
    expect(index.get('A499')).toBe(-499);
    expect(index.get('A500')).toBeUndefined();
    expect(index.get('E1')).toBeUndefined();
  });

  it('IdPool gives back each id, compares with strings and with each other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 }),
        (ids) => {
          const pool = poolOf(ids);
          expect(pool.length).toBe(ids.length);
          expect(pool.toArray()).toEqual(
            ids.map((id) => new TextDecoder().decode(new TextEncoder().encode(id))),
          );
          ids.forEach((_, i) => {
            const back = idAt(pool, i);
            expect(pool.at(i)).toBe(back); // made once
            expect(pool.equals(i, back)).toBe(true);
            expect(pool.equals(i, `${back}x`)).toBe(false);
            for (let j = 0; j < ids.length; j++) expect(pool.same(i, j)).toBe(back === pool.at(j));
          });
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });

  it('fromPool indexes a pool of distinct ids, refuses repeats, and then behaves as a Map', () => {
    // `set` of a pooled id (the k-th id the model knows) or of any id
    const pooledSetArb = fc.record({
      t: fc.constant('set' as const),
      k: fc.nat(),
      id: idArb,
      v: fc.integer(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('đ', 'Ư1', '€')), {
          maxLength: 900,
        }),
        fc.array(fc.oneof(undoArb(700), getOrAddArb, pooledSetArb), { maxLength: 30 }),
        (ids, ops) => {
          if (ids.length > 0) expect(EntryIndex.fromPool(poolOf([...ids, ids[0]!]))).toBeUndefined();
          const index = EntryIndex.fromPool(poolOf(ids))!;
          const model = new IndexModel();
          for (let i = 0; i < ids.length; i++) model.add(ids[i]!, i + 1);
          for (const o of ops) {
            if (o.t !== 'set') model.step(index, o);
            else {
              const order = model.order;
              const id = order.length > 0 && o.k % 2 === 0 ? order[o.k % order.length]! : o.id;
              model.step(index, { t: 'set', id, v: o.v });
            }
          }
          model.check(index, ids);
        },
      ),
      { numRuns: 80, seed: 9 },
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
