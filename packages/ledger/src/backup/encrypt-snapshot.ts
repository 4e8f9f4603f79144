import { stateError } from '../journal/errors.js';

/**
 * An encrypted snapshot: AES-256-GCM ciphertext (with its 128-bit tag) of the snapshot JSON.
 * @example const env: EncryptedSnapshot = await encryptSnapshot(text, key);
 */
export interface EncryptedSnapshot {
  /** Always `'bo-ledger-snapshot+aes-gcm'`. */
  readonly format: 'bo-ledger-snapshot+aes-gcm';
  /** Envelope version. */
  readonly version: 1;
  /** 96-bit IV, base64. */
  readonly iv: string;
  /** Ciphertext with tag, base64. */
  readonly ciphertext: string;
}

/** A WebCrypto key (`CryptoKey`), opaque here so the package needs no DOM typings. @example const k: SnapshotKey = await snapshotKeyFromBytes(raw); */
export type SnapshotKey = object;

interface Subtle {
  importKey(
    format: 'raw',
    key: Uint8Array,
    alg: unknown,
    extractable: boolean,
    usages: string[],
  ): Promise<SnapshotKey>;
  deriveKey(
    alg: unknown,
    base: SnapshotKey,
    derived: unknown,
    extractable: boolean,
    usages: string[],
  ): Promise<SnapshotKey>;
  encrypt(alg: unknown, key: SnapshotKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(alg: unknown, key: SnapshotKey, data: Uint8Array): Promise<ArrayBuffer>;
}

interface WebCrypto {
  readonly subtle?: Subtle;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** The text and base64 helpers every JS runtime has (Node ≥ 16, browsers, Deno, Bun), typed locally so
 * the package builds without DOM or Node typings. */
const runtime = globalThis as unknown as {
  btoa(data: string): string;
  atob(data: string): string;
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new () => { decode(bytes: Uint8Array): string };
};

const webCrypto = (): WebCrypto | undefined => (globalThis as { crypto?: WebCrypto }).crypto;

function subtle(): Subtle {
  const s = webCrypto()?.subtle;
  if (s === undefined) {
    throw stateError(
      'LEDGER/NO_WEBCRYPTO',
      'WebCrypto (globalThis.crypto.subtle) is not available',
      'không có WebCrypto',
      [],
    );
  }
  return s;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return runtime.btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = runtime.atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Imports a 256-bit raw key for snapshot encryption (AES-GCM, WebCrypto).
 * @example const key = await snapshotKeyFromBytes(crypto.getRandomValues(new Uint8Array(32)));
 */
export async function snapshotKeyFromBytes(raw: Uint8Array): Promise<SnapshotKey> {
  if (raw.length !== 32)
    throw stateError('LEDGER/INVALID_KEY', 'the key must be 32 bytes (AES-256)', 'khóa phải dài 32 byte', [
      'key',
    ]);
  return subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/**
 * Derives a snapshot key from a passphrase with PBKDF2-SHA-256 (OWASP 2023 guidance: ≥ 600,000 iterations).
 * @example const key = await snapshotKeyFromPassphrase('correct horse', salt);
 */
export async function snapshotKeyFromPassphrase(
  passphrase: string,
  salt: Uint8Array,
  iterations = 600_000,
): Promise<SnapshotKey> {
  const base = await subtle().importKey(
    'raw',
    new runtime.TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts snapshot JSON with AES-GCM. The IV must never repeat for a key: pass one from a CSPRNG,
 * or leave it out and `globalThis.crypto.getRandomValues` is used.
 * @example const env = await encryptSnapshot(snapshotToJSON(exportSnapshot(ledger)), key);
 */
export async function encryptSnapshot(
  json: string,
  key: SnapshotKey,
  iv?: Uint8Array,
): Promise<EncryptedSnapshot> {
  const nonce = iv ?? webCrypto()!.getRandomValues(new Uint8Array(12));
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv: nonce },
    key,
    new runtime.TextEncoder().encode(json),
  );
  return {
    format: 'bo-ledger-snapshot+aes-gcm',
    version: 1,
    iv: toBase64(nonce),
    ciphertext: toBase64(new Uint8Array(ct)),
  };
}

/**
 * Decrypts an encrypted snapshot back to its JSON text.
 * @throws BoStateError `LEDGER/DECRYPTION_FAILED` for a wrong key or a tampered ciphertext
 * @example const text = await decryptSnapshot(env, key); importSnapshot(text);
 */
export async function decryptSnapshot(envelope: EncryptedSnapshot, key: SnapshotKey): Promise<string> {
  try {
    const pt = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.iv) },
      key,
      fromBase64(envelope.ciphertext),
    );
    return new runtime.TextDecoder().decode(new Uint8Array(pt));
  } catch {
    throw stateError(
      'LEDGER/DECRYPTION_FAILED',
      'cannot decrypt the snapshot: wrong key or tampered data',
      'không giải mã được bản sao lưu: sai khóa hoặc dữ liệu bị sửa',
      ['ciphertext'],
    );
  }
}
