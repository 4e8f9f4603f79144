import { writeUtf8 } from './write-bytes.js';

/**
 * SHA-256 (FIPS 180-4), synchronous and pure JavaScript so that the domain code stays portable
 * (browsers, Node, Deno, workers) without WebCrypto's async API or `node:crypto`. Checked against
 * the FIPS 180-4 / NIST CSRC example vectors in the tests.
 */

// Round constants as signed 32-bit integers (an Int32Array keeps every addition in small-integer
// arithmetic; a Uint32Array would hand back doubles above 2^31).
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const W = new Int32Array(64);
const H = new Int32Array(8);
let buf = new Uint8Array(1024);
/** Char codes of the hex digits of the last digest (reused; turned into one flat string). */
const HEX_CODES: number[] = new Array(64).fill(48);
const HEX_DIGIT = new Uint8Array(16);
for (let i = 0; i < 16; i++) HEX_DIGIT[i] = i < 10 ? 48 + i : 87 + i;

function compress(block: Uint8Array, off: number): void {
  const w = W;
  for (let i = 0; i < 16; i++) {
    const j = off + (i << 2);
    w[i] = (block[j]! << 24) | (block[j + 1]! << 16) | (block[j + 2]! << 8) | block[j + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const w15 = w[i - 15]!;
    const w2 = w[i - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[i] = (((w[i - 16]! + s0) | 0) + ((w[i - 7]! + s1) | 0)) | 0;
  }
  let a = H[0]!;
  let b = H[1]!;
  let c = H[2]!;
  let d = H[3]!;
  let e = H[4]!;
  let f = H[5]!;
  let g = H[6]!;
  let h = H[7]!;
  // four rounds per iteration; instead of shifting all eight variables each round, the names
  // rotate: after four rounds (a..h) = (e, f, g, h, a, b, c, d) of the previous iteration
  for (let i = 0; i < 64; i += 4) {
    let t1 =
      (h +
        (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
        (g ^ (e & (f ^ g))) +
        K[i]! +
        w[i]!) |
      0;
    d = (d + t1) | 0;
    h =
      (t1 +
        (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) +
        ((a & b) | (c & (a | b)))) |
      0;
    t1 =
      (g +
        (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) +
        (f ^ (d & (e ^ f))) +
        K[i + 1]! +
        w[i + 1]!) |
      0;
    c = (c + t1) | 0;
    g =
      (t1 +
        (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) +
        ((h & a) | (b & (h | a)))) |
      0;
    t1 =
      (f +
        (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
        (e ^ (c & (d ^ e))) +
        K[i + 2]! +
        w[i + 2]!) |
      0;
    b = (b + t1) | 0;
    f =
      (t1 +
        (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) +
        ((g & h) | (a & (g | h)))) |
      0;
    t1 =
      (e +
        (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) +
        (d ^ (b & (c ^ d))) +
        K[i + 3]! +
        w[i + 3]!) |
      0;
    a = (a + t1) | 0;
    e =
      (t1 +
        (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) +
        ((f & g) | (h & (f | g)))) |
      0;
    const ta = a;
    const tb = b;
    const tc = c;
    const td = d;
    a = e;
    b = f;
    c = g;
    d = h;
    e = ta;
    f = tb;
    g = tc;
    h = td;
  }
  H[0] = (H[0]! + a) | 0;
  H[1] = (H[1]! + b) | 0;
  H[2] = (H[2]! + c) | 0;
  H[3] = (H[3]! + d) | 0;
  H[4] = (H[4]! + e) | 0;
  H[5] = (H[5]! + f) | 0;
  H[6] = (H[6]! + g) | 0;
  H[7] = (H[7]! + h) | 0;
}

function encodeUtf8(text: string): number {
  // Worst case 3 bytes per UTF-16 unit, plus room for padding.
  const need = text.length * 3 + 72;
  if (buf.length < need) buf = new Uint8Array(need * 2);
  return writeUtf8(buf, 0, text);
}

/**
 * SHA-256 of the first `length` bytes of `bytes`, as 64 lowercase hex digits. The buffer must have
 * at least 72 spare bytes after `length`: padding is written in place (no copy on the hot path).
 * @internal
 * @example sha256HexInPlace(buffer, n)
 */
export function sha256HexInPlace(bytes: Uint8Array, length: number): string {
  const n = length;
  H[0] = 0x6a09e667;
  H[1] = 0xbb67ae85 | 0;
  H[2] = 0x3c6ef372;
  H[3] = 0xa54ff53a | 0;
  H[4] = 0x510e527f;
  H[5] = 0x9b05688c | 0;
  H[6] = 0x1f83d9ab;
  H[7] = 0x5be0cd19;
  const total = ((n + 8) >> 6) * 64 + 64;
  bytes[n] = 0x80;
  bytes.fill(0, n + 1, total);
  const bits = n * 8;
  bytes[total - 4] = (bits >>> 24) & 255;
  bytes[total - 3] = (bits >>> 16) & 255;
  bytes[total - 2] = (bits >>> 8) & 255;
  bytes[total - 1] = bits & 255;
  const hi = Math.floor(n / 0x20000000);
  bytes[total - 8] = (hi >>> 24) & 255;
  bytes[total - 7] = (hi >>> 16) & 255;
  bytes[total - 6] = (hi >>> 8) & 255;
  bytes[total - 5] = hi & 255;
  for (let off = 0; off < total; off += 64) compress(bytes, off);
  const codes = HEX_CODES;
  for (let i = 0; i < 8; i++) {
    const v = H[i]!;
    const o = i << 3;
    codes[o] = HEX_DIGIT[(v >>> 28) & 15]!;
    codes[o + 1] = HEX_DIGIT[(v >>> 24) & 15]!;
    codes[o + 2] = HEX_DIGIT[(v >>> 20) & 15]!;
    codes[o + 3] = HEX_DIGIT[(v >>> 16) & 15]!;
    codes[o + 4] = HEX_DIGIT[(v >>> 12) & 15]!;
    codes[o + 5] = HEX_DIGIT[(v >>> 8) & 15]!;
    codes[o + 6] = HEX_DIGIT[(v >>> 4) & 15]!;
    codes[o + 7] = HEX_DIGIT[v & 15]!;
  }
  // one flat 64-character string (no rope of concatenations to flatten later)
  return String.fromCharCode.apply(null, codes);
}

/**
 * Copies the raw 32-byte digest of the last {@link sha256HexInPlace} call into `out` at `offset`
 * (so a hash chain can feed the previous digest without parsing its hex).
 * @internal
 * @example lastDigestInto(buffer, 0)
 */
export function lastDigestInto(out: Uint8Array, offset: number): void {
  for (let i = 0; i < 8; i++) {
    const v = H[i]!;
    const o = offset + (i << 2);
    out[o] = v >>> 24;
    out[o + 1] = (v >>> 16) & 255;
    out[o + 2] = (v >>> 8) & 255;
    out[o + 3] = v & 255;
  }
}

/**
 * SHA-256 of the UTF-8 encoding of a string, as 64 lowercase hex digits (lone surrogates are
 * encoded as U+FFFD, like `TextEncoder`).
 * @example sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string): string {
  const n = encodeUtf8(text);
  return sha256HexInPlace(buf, n);
}

/** Node's one-shot `crypto.hash` (Node ≥ 20.16 has `process.getBuiltinModule`), else undefined. */
type OneShotHash = (algorithm: string, data: Uint8Array, outputEncoding: 'latin1') => string;

function findNativeHash(): OneShotHash | undefined {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const crypto = proc?.getBuiltinModule?.('node:crypto') as { hash?: unknown } | undefined;
    if (typeof crypto?.hash !== 'function') return undefined;
    const hash = crypto.hash as OneShotHash;
    // trust it only if it gives the FIPS 180-4 digest of "abc"
    const abc = hash('sha256', new Uint8Array([97, 98, 99]), 'latin1');
    return latin1ToHex(abc) === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
      ? hash
      : undefined;
  } catch {
    return undefined;
  }
}

/** The runtime's native SHA-256, when there is one (the same digest, several times faster). */
const nativeHash = findNativeHash();

const LATIN1_CODES: number[] = new Array(32).fill(0);

/**
 * SHA-256 of `bytes[0, length)` in pure JavaScript, as a 32-character latin-1 string of the raw
 * digest. Like {@link sha256HexInPlace}, the buffer needs 72 spare bytes after `length`.
 * @internal
 * @example sha256Latin1Js(buffer, n).length // 32
 */
export function sha256Latin1Js(bytes: Uint8Array, length: number): string {
  sha256HexInPlace(bytes, length);
  for (let i = 0; i < 8; i++) {
    const v = H[i]!;
    const o = i << 2;
    LATIN1_CODES[o] = v >>> 24;
    LATIN1_CODES[o + 1] = (v >>> 16) & 255;
    LATIN1_CODES[o + 2] = (v >>> 8) & 255;
    LATIN1_CODES[o + 3] = v & 255;
  }
  return String.fromCharCode.apply(null, LATIN1_CODES);
}

/**
 * The native SHA-256 of a whole byte array as 32 latin-1 characters, or undefined where the
 * runtime has none (then use {@link sha256Latin1Js}).
 * @internal
 * @example nativeSha256Latin1?.(bytes)
 */
export const nativeSha256Latin1: ((data: Uint8Array) => string) | undefined =
  nativeHash === undefined ? undefined : (data) => nativeHash('sha256', data, 'latin1');

/**
 * The 64 lowercase hex digits of a 32-character latin-1 digest.
 * @internal
 * @example latin1ToHex('\u0000'.repeat(32)) === '0'.repeat(64)
 */
export function latin1ToHex(digest: string): string {
  const codes = HEX_CODES;
  for (let i = 0; i < 32; i++) {
    const b = digest.charCodeAt(i);
    codes[i << 1] = HEX_DIGIT[b >> 4]!;
    codes[(i << 1) + 1] = HEX_DIGIT[b & 15]!;
  }
  return String.fromCharCode.apply(null, codes);
}
