import type { Candidate } from './pipeline.js';

/** Two candidate records that look like the same person, and why. */
export interface DuplicateMatch {
  readonly a: string;
  readonly b: string;
  readonly reasons: readonly ('national-id' | 'email' | 'phone' | 'name-and-birth-date')[];
}

/**
 * Folds a Vietnamese name for comparison: no diacritics, `đ` → `d`, lower case, single spaces.
 * @example foldName('  Nguyễn  Thị Đào ') // 'nguyen thi dao'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * A phone number in national form: digits only, `+84`/`84` prefix turned into `0`.
 * @example normalizePhone('+84 912-345-678') // '0912345678'
 */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('84') && digits.length >= 11) return `0${digits.slice(2)}`;
  return digits;
}

/**
 * Candidates that are probably the same person: same national ID, same e-mail (case-insensitive), same
 * phone (normalised), or same folded name and birth date.
 * @example findDuplicateCandidates(candidates) // [{ a: 'C1', b: 'C7', reasons: ['email', 'phone'] }]
 */
export function findDuplicateCandidates(candidates: readonly Candidate[]): DuplicateMatch[] {
  const keys = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const list = keys.get(key) ?? [];
    list.push(id);
    keys.set(key, list);
  };
  for (const c of candidates) {
    if (c.nationalId) add(`national-id|${c.nationalId}`, c.id);
    if (c.email) add(`email|${c.email.trim().toLowerCase()}`, c.id);
    if (c.phone) add(`phone|${normalizePhone(c.phone)}`, c.id);
    if (c.birthDate) add(`name-and-birth-date|${foldName(c.fullName)}|${c.birthDate}`, c.id);
  }
  const pairs = new Map<string, Set<DuplicateMatch['reasons'][number]>>();
  for (const [key, ids] of keys) {
    const reason = key.slice(0, key.indexOf('|')) as DuplicateMatch['reasons'][number];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
        if (a === b) continue;
        const k = `${a}|${b}`;
        const set = pairs.get(k) ?? new Set();
        set.add(reason);
        pairs.set(k, set);
      }
    }
  }
  return [...pairs].map(([k, reasons]) => {
    const [a, b] = k.split('|') as [string, string];
    return { a, b, reasons: [...reasons].sort() };
  });
}
