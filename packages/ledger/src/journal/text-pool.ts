import { decodeUtf8 } from './id-pool.js';

/**
 * Distinct texts kept as their UTF-8 bytes in one buffer, each made a string only when something
 * reads it (then kept): how the plain-text reader keeps descriptions, which may all differ (an
 * invoice number in each) and would otherwise be as many strings as entries at import.
 * @internal
 */
export class TextPool {
  private bytes: Uint8Array;
  private written = 0;
  private start: Int32Array;
  private end: Int32Array;
  private count = 0;
  /** Texts already made (or given as strings), by position. */
  private strings: (string | undefined)[] = [];

  constructor(capacity = 64) {
    this.bytes = new Uint8Array(Math.max(64, capacity * 16));
    this.start = new Int32Array(Math.max(16, capacity));
    this.end = new Int32Array(Math.max(16, capacity));
  }

  /** Number of texts. */
  get length(): number {
    return this.count;
  }

  /** Adds the text whose UTF-8 bytes are `b[from, to)`; returns its position. */
  addBytes(b: Uint8Array, from: number, to: number): number {
    const k = this.slot();
    const len = to - from;
    if (this.written + len > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.written + len) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.bytes.subarray(0, this.written));
      this.bytes = next;
    }
    // byte by byte: texts are short, and a subarray would be an object per text
    const bytes = this.bytes;
    let w = this.written;
    this.start[k] = w;
    for (let q = from; q < to; q++) bytes[w++] = b[q]!;
    this.written = w;
    this.end[k] = w;
    return k;
  }

  /** Adds a text given as a string; returns its position. */
  addText(text: string): number {
    const k = this.slot();
    this.start[k] = 0;
    this.end[k] = 0;
    this.strings[k] = text;
    return k;
  }

  /** Text `i` (made once). */
  at(i: number): string {
    let s = this.strings[i];
    if (s === undefined) {
      const from = this.start[i]!;
      const to = this.end[i]!;
      let ascii = true;
      for (let q = from; q < to && ascii; q++) if (this.bytes[q]! >= 0x80) ascii = false;
      s = decodeUtf8(this.bytes, from, to, ascii);
      this.strings[i] = s;
    }
    return s;
  }

  /** The position of a new text, the arrays grown as needed. */
  private slot(): number {
    const k = this.count++;
    if (k === this.start.length) {
      const start = new Int32Array(k * 2);
      start.set(this.start);
      this.start = start;
      const end = new Int32Array(k * 2);
      end.set(this.end);
      this.end = end;
    }
    return k;
  }
}
