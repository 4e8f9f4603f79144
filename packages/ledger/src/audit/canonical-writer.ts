import { writeUtf8, writeZigZag } from './write-bytes.js';
import {
  lastDigestInto,
  latin1ToHex,
  nativeSha256Latin1,
  sha256HexInPlace,
  sha256Latin1Js,
} from './sha256.js';

/**
 * A reusable byte writer for canonical encodings: strings are written as their UTF-16 length
 * (varint) and their UTF-8 bytes (length-prefixed, so no escaping is needed and the encoding is
 * injective); integers as zig-zag varints. Single-threaded, synchronous, no allocation on
 * the hot path.
 * @internal
 */
export class CanonicalWriter {
  private bytes = new Uint8Array(4096);
  private n = 0;
  /** Hex and raw bytes of the last digest this writer produced (a chain feeds it straight back). */
  private lastHex = '';
  private readonly lastRaw = new Uint8Array(32);

  /** Starts a new message. */
  reset(): this {
    this.n = 0;
    return this;
  }

  private ensure(extra: number): void {
    if (this.n + extra + 80 > this.bytes.length) {
      const next = new Uint8Array((this.n + extra + 80) * 2);
      next.set(this.bytes.subarray(0, this.n));
      this.bytes = next;
    }
  }

  /** Writes a tag byte (an ASCII character code). */
  tag(code: number): this {
    this.ensure(1);
    this.bytes[this.n++] = code;
    return this;
  }

  /** Writes a safe integer as a zig-zag base-128 varint (1 byte below 64, 8 bytes at most). */
  int(v: number): this {
    this.ensure(10);
    this.n = writeZigZag(this.bytes, this.n, v);
    return this;
  }

  /** Writes a length-prefixed string (UTF-8). */
  str(s: string): this {
    this.int(s.length);
    this.ensure(s.length * 3);
    this.n = writeUtf8(this.bytes, this.n, s);
    return this;
  }

  /** Writes 64 hex digits as their 32 raw bytes (lowercase hex expected; anything else is written as a string). */
  hex32(h: string): this {
    if (h.length !== 64) return this.tag(33).str(h);
    this.ensure(33);
    const b = this.bytes;
    b[this.n++] = 35;
    if (h === this.lastHex) {
      b.set(this.lastRaw, this.n);
      this.n += 32;
      return this;
    }
    for (let i = 0; i < 64; i += 2) {
      const hi = h.charCodeAt(i);
      const lo = h.charCodeAt(i + 1);
      const a = hi <= 57 ? hi - 48 : hi - 87;
      const c = lo <= 57 ? lo - 48 : lo - 87;
      if (a < 0 || a > 15 || c < 0 || c > 15) {
        this.n -= 1 + i / 2;
        return this.tag(33).str(h);
      }
      b[this.n++] = (a << 4) | c;
    }
    return this;
  }

  /** Views of the first n bytes, by n (the native hash takes a view; made once per length). */
  private views: (Uint8Array | undefined)[] = [];

  /** SHA-256 of what was written, as 32 latin-1 characters of the raw digest. */
  sha256Latin1(): string {
    const n = this.n;
    if (nativeSha256Latin1 === undefined) return sha256Latin1Js(this.bytes, n);
    let v = this.views[n];
    if (v === undefined || v.buffer !== this.bytes.buffer) {
      v = this.bytes.subarray(0, n);
      this.views[n] = v;
    }
    return nativeSha256Latin1(v);
  }

  /** The bytes written so far (a copy). */
  written(): Uint8Array {
    return this.bytes.slice(0, this.n);
  }

  /** Writes an optional string: `-` when absent, else `+` and the string. */
  opt(s: string | undefined): this {
    return s === undefined ? this.tag(45) : this.tag(43).str(s);
  }

  /** SHA-256 of what was written, hex. */
  sha256(): string {
    let hex: string;
    if (nativeSha256Latin1 === undefined) {
      hex = sha256HexInPlace(this.bytes, this.n);
      lastDigestInto(this.lastRaw, 0);
    } else {
      const digest = this.sha256Latin1();
      for (let i = 0; i < 32; i++) this.lastRaw[i] = digest.charCodeAt(i);
      hex = latin1ToHex(digest);
    }
    this.lastHex = hex;
    return hex;
  }

  /** Whether `other` wrote exactly the same bytes. */
  sameAs(other: CanonicalWriter): boolean {
    const n = this.n;
    if (other.n !== n) return false;
    const a = this.bytes;
    const b = other.bytes;
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  /** What was written, as a latin-1 string (for equality checks). */
  snapshot(): string {
    let out = '';
    for (let i = 0; i < this.n; i += 0x4000)
      out += String.fromCharCode(...this.bytes.subarray(i, Math.min(this.n, i + 0x4000)));
    return out;
  }
}

/**
 * A string encoded as {@link CanonicalWriter.str} writes it (length prefix and UTF-8), to be
 * copied where the same string is written again and again.
 * @internal
 * @example encodeStr('1111') // Uint8Array [8, 49, 49, 49, 49]
 */
export function encodeStr(s: string): Uint8Array {
  return new CanonicalWriter().str(s).written();
}
