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
  private readonly ids: string[] = [];
  private readonly items: T[] = [];

  /** @param expected number of ids to make room for at once (the table grows past it as needed) */
  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity < expected * 2 + 2) capacity *= 2;
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** Number of ids. */
  get size(): number {
    return this.items.length;
  }

  /** The item under `id`, if any. */
  get(id: string): T | undefined {
    const h = hashId(id);
    const table = this.table;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = table[s << 1]!;
      if (v === 0) return undefined;
      if (table[(s << 1) + 1] === h && this.ids[v - 1] === id) return this.items[v - 1];
    }
  }

  /** Whether `id` is indexed. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Indexes `item` under `id`, replacing the item of an id already present. */
  set(id: string, item: T): void {
    const found = this.getOrAdd(id, item);
    if (found !== undefined) this.items[this.position] = item;
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
      if (table[(s << 1) + 1] === h && this.ids[v - 1] === id) {
        this.position = v - 1;
        return this.items[v - 1];
      }
    }
    this.ids.push(id);
    this.items.push(item);
    table[s << 1] = this.items.length;
    table[(s << 1) + 1] = h;
    // keep the load factor at most 1/2
    if (this.items.length * 2 > mask) this.grow();
    return undefined;
  }

  /** Removes the most recently added ids until `size` remain (undo of the last additions). */
  truncate(size: number): void {
    const table = this.table;
    const mask = this.mask;
    // Linear probing allows deleting the newest entry by emptying its slot: nothing added later
    // (whose probe could have passed over it) is still there.
    for (let pos = this.items.length; pos > size; pos--) {
      for (let s = hashId(this.ids[pos - 1]!) & mask; ; s = (s + 1) & mask) {
        if (table[s << 1] === pos) {
          table[s << 1] = 0;
          break;
        }
      }
      this.ids.pop();
      this.items.pop();
    }
  }

  private grow(): void {
    const old = this.table;
    const capacity = (this.mask + 1) * 2;
    const table = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    // re-insert in position order, so the table is as if built by adding in order (see truncate)
    const byPos = new Int32Array(this.items.length + 1);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) byPos[old[s]!] = old[s + 1]!;
    for (let pos = 1; pos <= this.items.length; pos++) {
      const h = byPos[pos]!;
      let s = h & mask;
      while (table[s << 1] !== 0) s = (s + 1) & mask;
      table[s << 1] = pos;
      table[(s << 1) + 1] = h;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over the UTF-16 code units, with a final avalanche (murmur3 fmix32). */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
