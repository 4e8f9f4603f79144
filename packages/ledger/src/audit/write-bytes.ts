/**
 * Writes a safe integer into `b` at `at` as a zig-zag base-128 varint (1 byte below 64, 8 bytes at
 * most) and returns the next position. The caller leaves room for 10 bytes.
 * @internal
 * @example writeZigZag(bytes, 0, -1) // 1 (bytes[0] = 1)
 */
export function writeZigZag(b: Uint8Array, at: number, v: number): number {
  let n = at;
  // zig-zag without 32-bit overflow: 0,-1,1,-2,… → 0,1,2,3,…
  let x = v >= 0 ? v * 2 : -v * 2 - 1;
  // above 2^31 in floating point (a double's % is a slow library call), then in 32-bit integers
  while (x >= 0x80000000) {
    b[n++] = (x % 128) | 128;
    x = Math.floor(x / 128);
  }
  while (x >= 128) {
    b[n++] = (x & 127) | 128;
    x >>>= 7;
  }
  b[n++] = x;
  return n;
}

/**
 * Writes the UTF-8 encoding of `s` into `b` at `at` (a lone surrogate as U+FFFD, like
 * `TextEncoder`) and returns the next position. The caller leaves room for 3 bytes per UTF-16 unit.
 * @internal
 * @example writeUtf8(bytes, 0, 'đồng') // 7
 */
export function writeUtf8(b: Uint8Array, at: number, s: string): number {
  const len = s.length;
  let n = at;
  for (let i = 0; i < len; i++) {
    let ch = s.charCodeAt(i);
    if (ch < 0x80) b[n++] = ch;
    else if (ch < 0x800) {
      b[n++] = 0xc0 | (ch >> 6);
      b[n++] = 0x80 | (ch & 63);
    } else if (ch >= 0xd800 && ch < 0xdc00 && i + 1 < len && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      ch = 0x10000 + ((ch - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      b[n++] = 0xf0 | (ch >> 18);
      b[n++] = 0x80 | ((ch >> 12) & 63);
      b[n++] = 0x80 | ((ch >> 6) & 63);
      b[n++] = 0x80 | (ch & 63);
    } else if (ch >= 0xd800 && ch < 0xe000) {
      b[n++] = 0xef;
      b[n++] = 0xbf;
      b[n++] = 0xbd;
    } else {
      b[n++] = 0xe0 | (ch >> 12);
      b[n++] = 0x80 | ((ch >> 6) & 63);
      b[n++] = 0x80 | (ch & 63);
    }
  }
  return n;
}
