import type { IdPool } from './id-pool.js';

/**
 * The ledger's index of entries by id: an open-addressing hash table (linear probing) over a
 * typed array, holding positions into an array of the entries. Compared with a `Map` of a
 * million string keys it keeps the table off the garbage-collected heap (nothing for the
 * collector to scan or copy) and grows without re-hashing the strings. Additions can be undone
 * in reverse order ({@link EntryIndex.truncate}), which is how a refused batch leaves no trace.
 * @internal
 * @example
 * const index = new EntryIndex<{ id: string }>();
 * index.set('E1', { id: 'E1' });
 * index.get('E1'); // { id: 'E1' }
 */
export class EntryIndex<T> {
  /**
   * Two 32-bit words per slot, side by side so a probe touches one cache line: position + 1 of
   * the item (0 = empty), then the hash of its id.
   */
  private table: Int32Array;
  /** Number of slots − 1 (a power of two minus one). */
  private mask: number;
  /** Number of ids. */
  private count = 0;
  /** Ids of the positions from `poolSize` on (id of position p at `ids[p - poolSize]`). */
  private ids: string[] = [];
  /** Ids of the first `poolSize` positions, kept as bytes (see {@link EntryIndex.fromPool}). */
  private pool: IdPool | undefined;
  private poolSize = 0;
  /**
   * Items of the positions from `implicit` on; the item of a position p below is p + 1, or
   * `rank[p] + 1` when there is a rank.
   */
  private items: T[] = [];
  private implicit = 0;
  private rank: Int32Array | undefined;
  /**
   * Positions up to this one were added in bulk, not in position order: undoing below it
   * rebuilds the table (see truncate).
   */
  private bulkTop = 0;
  /** The last bulk addition: size before it and the slots it filled, for its undo. */
  private lastBulk: { readonly before: number; readonly slots: Int32Array } | undefined;

  /** @param expected number of ids to make room for at once (the table grows past it as needed) */
  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity < expected * 2 + 2) capacity *= 2;
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** Number of ids. */
  get size(): number {
    return this.count;
  }

  /** The item under `id`, if any. */
  get(id: string): T | undefined {
    const h = hashId(id);
    const table = this.table;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = table[s << 1]!;
      if (v === 0) return undefined;
      if (table[(s << 1) + 1] === h && this.isId(v - 1, id)) return this.itemAt(v - 1);
    }
  }

  /** Whether `id` is indexed. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Indexes `item` under `id`, replacing the item of an id already present. */
  set(id: string, item: T): void {
    const found = this.getOrAdd(id, item);
    if (found === undefined) return;
    if (this.position < this.implicit) {
      // the items below become explicit
      const explicit = Array.from({ length: this.implicit }, (_, p) => this.itemAt(p));
      this.items = explicit.concat(this.items);
      this.implicit = 0;
    }
    this.items[this.position - this.implicit] = item;
  }

  /** Slot position of the item found by the last {@link EntryIndex.getOrAdd} (internal). */
  private position = 0;

  /**
   * The item already under `id`, or undefined after adding `item` under it (one probe for a
   * check-then-insert).
   */
  getOrAdd(id: string, item: T): T | undefined {
    const h = hashId(id);
    const table = this.table;
    const mask = this.mask;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const v = table[s << 1]!;
      if (v === 0) break;
      if (table[(s << 1) + 1] === h && this.isId(v - 1, id)) {
        this.position = v - 1;
        return this.itemAt(v - 1);
      }
    }
    this.ids.push(id);
    this.items.push(item);
    table[s << 1] = ++this.count;
    table[(s << 1) + 1] = h;
    // keep the load factor at most 1/2
    if (this.count * 2 > mask) this.grow();
    return undefined;
  }

  /**
   * Adds `ids`, under the items `itemOf(i)`, if none of them is indexed yet and they are distinct;
   * otherwise adds nothing and returns false. Faster than one {@link EntryIndex.getOrAdd} per id
   * for a large batch: the ids are inserted by region of the table (see {@link regionOrder}), so
   * the table is written a small part at a time instead of at random, which is what costs in a
   * table larger than the processor's caches.
   */
  addAll(ids: readonly string[], itemOf: (i: number) => T): boolean {
    const n = ids.length;
    const before = this.count;
    if (n === 0) return true;
    while ((before + n) * 2 > this.mask) this.grow();
    const hashes = new Int32Array(n);
    for (let i = 0; i < n; i++) hashes[i] = hashId(ids[i]!);
    if (before === 0 && this.poolSize === 0) this.ids = ids.slice();
    else for (let i = 0; i < n; i++) this.ids.push(ids[i]!);
    for (let i = 0; i < n; i++) this.items.push(itemOf(i));
    this.count += n;
    if (this.insertAll(before, hashes, (i, p) => this.isId(p, ids[i]!))) return true;
    this.cut(before);
    return false;
  }

  /**
   * An index of the ids of `pool` (the ids stay bytes until read), the item of id `p` being
   * `rank[p] + 1`, or `p + 1` without a rank; undefined if some id is there twice.
   */
  static fromPool(pool: IdPool, rank?: Int32Array): EntryIndex<number> | undefined {
    const n = pool.length;
    const index = new EntryIndex<number>(n);
    index.rank = rank;
    index.pool = pool;
    index.poolSize = n;
    index.implicit = n;
    index.count = n;
    return index.insertAll(0, pool.hashes, (i, p) => pool.same(p, i)) ? index : undefined;
  }

  /**
   * Puts positions `before` to `before + hashes.length - 1` (already counted, with their ids and
   * items) into the table, region by region; `same(i, p)` says whether the i-th new id is the id
   * at position p. On a repeat, empties the slots it filled and returns false.
   */
  private insertAll(before: number, hashes: Int32Array, same: (i: number, p: number) => boolean): boolean {
    const n = hashes.length;
    const table = this.table;
    const mask = this.mask;
    const order = regionOrder(hashes, mask);
    const slots = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const i = order === undefined ? k : order[k]!;
      const h = hashes[i]!;
      let s = h & mask;
      for (; ; s = (s + 1) & mask) {
        const v = table[s << 1]!;
        if (v === 0) break;
        if (table[(s << 1) + 1] === h && same(i, v - 1)) {
          // already indexed, or twice in the batch: take back what this call added
          for (let j = 0; j < k; j++) table[slots[j]! << 1] = 0;
          return false;
        }
      }
      table[s << 1] = before + i + 1;
      table[(s << 1) + 1] = h;
      slots[k] = s;
    }
    this.bulkTop = before + n;
    this.lastBulk = { before, slots };
    return true;
  }

  /** The item of position `p`. */
  private itemAt(p: number): T {
    if (p >= this.implicit) return this.items[p - this.implicit]!;
    return (this.rank === undefined ? p + 1 : this.rank[p]! + 1) as T;
  }

  /** Whether the id at position `p` is `id`. */
  private isId(p: number, id: string): boolean {
    return p >= this.poolSize ? this.ids[p - this.poolSize] === id : this.pool!.equals(p, id);
  }

  /** Hash of the id at position `p`. */
  private hashAt(p: number): number {
    return p >= this.poolSize ? hashId(this.ids[p - this.poolSize]!) : this.pool!.hashes[p]!;
  }

  /** Keeps the first `size` ids and items (the table is the caller's business). */
  private cut(size: number): void {
    if (size < this.poolSize) {
      // into the pooled ids: they become strings (a rare undo)
      const pool = this.pool!;
      this.ids = Array.from({ length: size }, (_, p) => pool.at(p));
      this.pool = undefined;
      this.poolSize = 0;
    } else this.ids.length = size - this.poolSize;
    if (size < this.implicit) {
      this.implicit = size;
      this.items = [];
    } else this.items.length = size - this.implicit;
    this.count = size;
  }

  /** Removes the most recently added ids until `size` remain (undo of the last additions). */
  truncate(size: number): void {
    if (size >= this.count) return;
    if (size < this.bulkTop) {
      const last = this.lastBulk;
      if (last !== undefined && size === last.before && this.bulkTop === this.count) {
        // exactly the last bulk addition: empty the slots it filled
        for (let k = 0; k < last.slots.length; k++) this.table[last.slots[k]! << 1] = 0;
        this.cut(size);
      } else {
        this.cut(size);
        this.rebuild(this.mask + 1);
      }
      this.bulkTop = Math.min(this.bulkTop, size);
      this.lastBulk = undefined;
      return;
    }
    const table = this.table;
    const mask = this.mask;
    // Linear probing allows deleting the newest entry by emptying its slot: nothing added later
    // (whose probe could have passed over it) is still there.
    for (let pos = this.count; pos > size; pos--) {
      for (let s = this.hashAt(pos - 1) & mask; ; s = (s + 1) & mask) {
        if (table[s << 1] === pos) {
          table[s << 1] = 0;
          break;
        }
      }
      this.cut(pos - 1);
    }
  }

  private grow(): void {
    this.rebuild((this.mask + 1) * 2);
  }

  /** A table of `capacity` slots holding the current ids, added in position order (see truncate). */
  private rebuild(capacity: number): void {
    const old = this.table;
    const table = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    const count = this.count;
    const byPos = new Int32Array(count + 1);
    for (let s = 0; s < old.length; s += 2) {
      const v = old[s]!;
      if (v !== 0 && v <= count) byPos[v] = old[s + 1]!;
    }
    for (let pos = 1; pos <= count; pos++) {
      const h = byPos[pos]!;
      let s = h & mask;
      while (table[s << 1] !== 0) s = (s + 1) & mask;
      table[s << 1] = pos;
      table[(s << 1) + 1] = h;
    }
    this.table = table;
    this.mask = mask;
    this.bulkTop = 0;
    this.lastBulk = undefined;
  }
}

/**
 * Positions 0…n-1 grouped by region of the table (the top 10 bits of their slot `hash & mask`):
 * one counting pass and one placing pass, after which the insertions of a region stay within a
 * thousandth of the table. Undefined for a small batch (the order does not matter there).
 */
function regionOrder(hashes: Int32Array, mask: number): Int32Array | undefined {
  const n = hashes.length;
  if (n < 512) return undefined;
  const bits = 32 - Math.clz32(mask);
  const shift = bits > 10 ? bits - 10 : 0;
  const count = new Int32Array(1025);
  for (let i = 0; i < n; i++) count[((hashes[i]! & mask) >>> shift) + 1]!++;
  for (let r = 1; r <= 1024; r++) count[r]! += count[r - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[count[(hashes[i]! & mask) >>> shift]!++] = i;
  return order;
}

/** FNV-1a over the UTF-16 code units, with a final avalanche (murmur3 fmix32). @internal */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return avalanche(h);
}

/**
 * The last step of {@link hashId}, for a reader that ran FNV-1a over an ASCII id's bytes itself
 * (they are its UTF-16 code units).
 * @internal
 */
export function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
