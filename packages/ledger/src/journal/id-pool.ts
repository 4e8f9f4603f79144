/**
 * Entry ids kept as their UTF-8 bytes in one buffer, each made a string only when something
 * reads it. A reader of a large journal (the plain-text import) makes one per batch instead of
 * one string per entry: at import the ids are only compared and hashed, which the bytes serve as
 * well, and a quarter of a million short strings made at once cost more in garbage collection
 * than the rest of the import.
 * @internal
 */
export class IdPool {
  /** Strings already made, by position. */
  private strings: (string | undefined)[] | undefined;

  constructor(
    /** The ids' UTF-8 bytes. */
    private readonly bytes: Uint8Array,
    /** Id `i` is `bytes[start[i]]` to `bytes[end[i] - 1]`. */
    private readonly start: Int32Array,
    private readonly end: Int32Array,
    /** {@link hashId} of each id. */
    readonly hashes: Int32Array,
    /** Whether every byte is below 0x80 (then bytes and UTF-16 code units are the same). */
    readonly ascii: boolean,
  ) {}

  /** Number of ids. */
  get length(): number {
    return this.start.length;
  }

  /** Id `i` as a string (made once). */
  at(i: number): string {
    this.strings ??= new Array(this.length);
    let s = this.strings[i];
    if (s === undefined) {
      s = decodeUtf8(this.bytes, this.start[i]!, this.end[i]!, this.ascii);
      this.strings[i] = s;
    }
    return s;
  }

  /** Whether id `i` is `id`. */
  equals(i: number, id: string): boolean {
    if (!this.ascii) return this.at(i) === id;
    const from = this.start[i]!;
    const len = this.end[i]! - from;
    if (id.length !== len) return false;
    const b = this.bytes;
    for (let k = 0; k < len; k++) if (b[from + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  /** Whether ids `i` and `j` are the same. */
  same(i: number, j: number): boolean {
    const a = this.start[i]!;
    const b = this.start[j]!;
    const len = this.end[i]! - a;
    if (this.end[j]! - b !== len) return false;
    const bytes = this.bytes;
    for (let k = 0; k < len; k++) if (bytes[a + k] !== bytes[b + k]) return false;
    return true;
  }

  /** Number of bytes of id `i`. */
  byteLength(i: number): number {
    return this.end[i]! - this.start[i]!;
  }

  /** Copies the bytes of id `i` into `b` at `at`; returns the next position. */
  copyTo(i: number, b: Uint8Array, at: number): number {
    const bytes = this.bytes;
    let w = at;
    for (let k = this.start[i]!; k < this.end[i]!; k++) b[w++] = bytes[k]!;
    return w;
  }

  /** The pool whose id `p` is this pool's id `order[p]` (the same bytes). */
  permuted(order: Int32Array): IdPool {
    const n = order.length;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const hashes = new Int32Array(n);
    for (let p = 0; p < n; p++) {
      const r = order[p]!;
      start[p] = this.start[r]!;
      end[p] = this.end[r]!;
      hashes[p] = this.hashes[r]!;
    }
    return new IdPool(this.bytes, start, end, hashes, this.ascii);
  }

  /** Every id as a string. */
  toArray(): string[] {
    const out: string[] = new Array(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }
}

/** Ids as strings, or kept as bytes. @internal */
export type IdList = readonly string[] | IdPool;

/** Id `i` of a list. @internal */
export function idAt(ids: IdList, i: number): string {
  return ids instanceof IdPool ? ids.at(i) : ids[i]!;
}

/** The runtime's UTF-8 decoder (every runtime the package supports has one; its lib is ES only). */
const codecs = globalThis as unknown as {
  TextDecoder: new (label: string, options: { ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
};
let decoder: { decode(bytes: Uint8Array): string } | undefined;

/**
 * The text of the UTF-8 bytes `b[from, to)`, as `TextDecoder` reads them (`ascii`: every byte is
 * below 0x80, which allows a shortcut).
 * @internal
 */
export function decodeUtf8(b: Uint8Array, from: number, to: number, ascii: boolean): string {
  if (ascii && to - from <= 32) {
    let s = '';
    for (let k = from; k < to; k++) s += String.fromCharCode(b[k]!);
    return s;
  }
  decoder ??= new codecs.TextDecoder('utf-8', { ignoreBOM: true });
  return decoder.decode(b.subarray(from, to));
}
