import { type CalendarDate, type Money, moneyFromMinor, parseWith } from '@bo/core';
import { z } from 'zod';
import { invalid } from '../journal/errors.js';
import { type StoredEntry, type StoredPosting, signedAmount } from '../journal/stored-entry.js';
import { aggregate, isPosted, type LedgerView, type Totals } from '../reports/ledger-view.js';

/**
 * Where a statement line's figure comes from.
 * - `balance`: balance at the end of the period of accounts whose code starts with one of
 *   `accounts` (minus `exclude`), debit − credit times `sign`. `side: 'debit'` keeps only debit
 *   balances and `side: 'credit'` only credit balances, computed per leaf account and per
 *   `counterparty` dimension (gross presentation: customer A's advance is not netted with customer B's debt).
 * - `opening`: same as `balance` but the day before the period starts.
 * - `movement`: movement (debit − credit) × `sign` within the period, excluding closing entries.
 *   `term` keeps only long-term (`dimensions.term === 'long'`) or short-term postings, for the
 *   short/long-term split of receivables, payables, borrowings and deferred items.
 * - `flow`: contra-account analysis (đối ứng). Each entry of the period (closing entries excluded)
 *   is split into debit/credit pairs in posting order; `flow` adds (debit − credit) × `sign` of the
 *   halves on `accounts` that are not cash (the template's `cash` definition), whose other side is
 *   cash (`contra: 'cash'`) or a non-cash account matching `contra.accounts` (minus `contra.exclude`),
 *   optionally only the debited (`side: 'debit'`) or credited halves. Used by B03 for investing and
 *   financing lines (e.g. Dr 211 / Cr 112 → line 21).
 * - `sum`: signed sum of other lines.
 *
 * `where` (dimension filter) applies to every kind except `sum`.
 * @example const s: LineSource = { kind: 'balance', accounts: ['111', '112', '113'] };
 */
export type LineSource =
  | {
      readonly kind: 'balance' | 'opening' | 'movement';
      readonly accounts: readonly string[];
      readonly exclude?: readonly string[];
      readonly sign?: 1 | -1;
      readonly side?: 'net' | 'debit' | 'credit';
      /** Movements only: only entries whose metadata has this key (e.g. `fxRevaluation`). */
      readonly tagged?: string;
      /** Only postings whose dimensions have these values (e.g. `{ expense: 'borrowingCost' }`, `{ cashEquivalent: 'true' }`). */
      readonly where?: Readonly<Record<string, string>>;
      /** Only postings whose `term` dimension is `'long'` (long-term), or all others (`'short'`); default both. */
      readonly term?: 'short' | 'long';
    }
  | {
      readonly kind: 'flow';
      readonly accounts: readonly string[];
      readonly exclude?: readonly string[];
      readonly sign?: 1 | -1;
      /** The other side of the pair: cash (per the template's `cash`), or non-cash accounts by prefix. */
      readonly contra:
        | 'cash'
        | { readonly accounts: readonly string[]; readonly exclude?: readonly string[] };
      /** Only halves where `accounts` is debited, or credited; default both. */
      readonly side?: 'debit' | 'credit';
      /** Only entries whose metadata has this key. */
      readonly tagged?: string;
      /** Only postings (on `accounts`) whose dimensions have these values. */
      readonly where?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'sum'; readonly lines: readonly { readonly code: string; readonly sign: 1 | -1 }[] };

/** A line of a statement layout. @example const l: TemplateLine = { code: '110', labelVi: 'Tiền và các khoản tương đương tiền', labelEn: 'Cash and cash equivalents', sources: [...] }; */
export interface TemplateLine {
  /** Line code (mã số). */
  readonly code: string;
  /** Vietnamese label. */
  readonly labelVi: string;
  /** English label. */
  readonly labelEn: string;
  /** Sources, added together. */
  readonly sources: readonly LineSource[];
  /** Note (source basis, simplification). */
  readonly note?: string;
}

/**
 * What a cash-flow template counts as cash and cash equivalents (B01 line 110): accounts by prefix,
 * plus postings on `equivalents.accounts` whose dimensions match `equivalents.where` (e.g. term
 * deposits of at most 3 months tagged `cashEquivalent: 'true'`).
 * @example const c: CashDefinition = { accounts: ['111', '112', '113'], equivalents: { accounts: ['1281', '1288'], where: { cashEquivalent: 'true' } } };
 */
export interface CashDefinition {
  /** Cash accounts (prefixes). */
  readonly accounts: readonly string[];
  /** Cash equivalents: postings on these accounts with these dimensions. */
  readonly equivalents?: {
    readonly accounts: readonly string[];
    readonly where: Readonly<Record<string, string>>;
  };
}

/** A cross-check between two lines of the same statement. @example const c: TemplateCheck = { left: '280', right: '440', labelEn: 'Total assets = total resources' }; */
export interface TemplateCheck {
  /** Left line. */
  readonly left: string;
  /** Right line. */
  readonly right: string;
  /** What the check means. */
  readonly labelEn: string;
}

/**
 * A versioned statement layout (mẫu biểu): B01-DN, B02-DN, B03-DN or one the user defines.
 * @example const t: StatementTemplate = B02_DN_TT99;
 */
export interface StatementTemplate {
  /** Id, e.g. `'B01-DN'`. */
  readonly id: string;
  /** Version, e.g. `'TT99/2025'`. */
  readonly version: string;
  /** Legal source. */
  readonly source: string;
  /** Vietnamese title. */
  readonly titleVi: string;
  /** English title. */
  readonly titleEn: string;
  /** Lines in presentation order. */
  readonly lines: readonly TemplateLine[];
  /** Cross-checks. */
  readonly checks?: readonly TemplateCheck[];
  /** Cash and cash equivalents, required by `flow` sources. */
  readonly cash?: CashDefinition;
}

const sourceSchema = z.union([
  z.object({
    kind: z.enum(['balance', 'opening', 'movement']),
    accounts: z.array(z.string().min(1)),
    exclude: z.array(z.string().min(1)).optional(),
    sign: z.union([z.literal(1), z.literal(-1)]).optional(),
    side: z.enum(['net', 'debit', 'credit']).optional(),
    term: z.enum(['short', 'long']).optional(),
    tagged: z.string().min(1).optional(),
    where: z.record(z.string(), z.string()).optional(),
  }),
  z.object({
    kind: z.literal('flow'),
    accounts: z.array(z.string()),
    exclude: z.array(z.string().min(1)).optional(),
    sign: z.union([z.literal(1), z.literal(-1)]).optional(),
    contra: z.union([
      z.literal('cash'),
      z.object({ accounts: z.array(z.string()), exclude: z.array(z.string().min(1)).optional() }),
    ]),
    side: z.enum(['debit', 'credit']).optional(),
    tagged: z.string().min(1).optional(),
    where: z.record(z.string(), z.string()).optional(),
  }),
  z.object({
    kind: z.literal('sum'),
    lines: z.array(z.object({ code: z.string(), sign: z.union([z.literal(1), z.literal(-1)]) })),
  }),
]);

/** The schema as zod infers it (optional fields typed `T | undefined`). */
const templateObjectSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  source: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  lines: z
    .array(
      z.object({
        code: z.string().min(1),
        labelVi: z.string(),
        labelEn: z.string(),
        sources: z.array(sourceSchema),
        note: z.string().optional(),
      }),
    )
    .min(1),
  checks: z.array(z.object({ left: z.string(), right: z.string(), labelEn: z.string() })).optional(),
  cash: z
    .object({
      accounts: z.array(z.string().min(1)),
      equivalents: z
        .object({ accounts: z.array(z.string().min(1)), where: z.record(z.string(), z.string()) })
        .optional(),
    })
    .optional(),
});

/**
 * Zod schema of a {@link StatementTemplate}, for user-defined layouts: `parse` returns a
 * `StatementTemplate` you can pass to {@link financialStatement} (with `exactOptionalPropertyTypes`
 * too: an absent optional field stays absent, never `undefined`).
 * @example const layout: StatementTemplate = statementTemplateSchema.parse(JSON.parse(text));
 */
export const statementTemplateSchema: z.ZodType<StatementTemplate> =
  templateObjectSchema as unknown as z.ZodType<StatementTemplate>;

/** A computed statement line. @example row.current.amount.toString() */
export interface StatementRow {
  /** Line code. */
  readonly code: string;
  /** Vietnamese label. */
  readonly labelVi: string;
  /** English label. */
  readonly labelEn: string;
  /** Figure for the period. */
  readonly current: Money;
  /** Figure for the comparative period, when asked. */
  readonly comparative?: Money;
}

/** Result of a cross-check. @example check.ok */
export interface CheckResult {
  /** Check label. */
  readonly labelEn: string;
  /** Left line and value. */
  readonly left: string;
  /** Right line. */
  readonly right: string;
  /** True when both sides are equal (for the current and comparative periods). */
  readonly ok: boolean;
}

/** A computed statement. @example statement.rows.find((r) => r.code === '280') */
export interface FinancialStatement {
  /** Template id and version. */
  readonly template: string;
  /** Period. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Comparative period, if any. */
  readonly comparativePeriod?: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Lines. */
  readonly rows: readonly StatementRow[];
  /** Cross-checks. */
  readonly checks: readonly CheckResult[];
}

function matches(code: string, prefixes: readonly string[], exclude: readonly string[] | undefined): boolean {
  let hit = false;
  for (const p of prefixes) if (code.startsWith(p)) hit = true;
  if (!hit) return false;
  if (exclude !== undefined) for (const x of exclude) if (code.startsWith(x)) return false;
  return true;
}

type Dims = Readonly<Record<string, string | undefined>> | undefined;

function dimsMatch(d: Dims, where: Readonly<Record<string, string>> | undefined): boolean {
  if (where === undefined) return true;
  for (const k in where) if (d?.[k] !== where[k]) return false;
  return true;
}

/** One side of a debit/credit pair inside an entry (contra-account analysis). */
interface FlowHalf {
  readonly account: string;
  readonly dims: Dims;
  /** Debit positive, credit negative, minor units. */
  readonly amount: number;
  readonly contra: string;
  readonly contraCash: boolean;
  readonly entry: StoredEntry;
}

/**
 * Splits each posted, non-closing entry of the range into debit/credit pairs in posting order (two
 * pointers over debits and credits, exact in minor units) and returns the non-cash halves.
 */
function flowHalves(
  view: LedgerView,
  from: CalendarDate,
  to: CalendarDate,
  cash: CashDefinition,
): FlowHalf[] {
  const isCash = (a: string, d: Dims): boolean => {
    if (matches(a, cash.accounts, undefined)) return true;
    const eq = cash.equivalents;
    return eq !== undefined && matches(a, eq.accounts, undefined) && dimsMatch(d, eq.where);
  };
  const out: FlowHalf[] = [];
  for (const e of view.entries()) {
    if (e.postingDate < from || e.postingDate > to || !isPosted(e) || e.kind === 'closing') continue;
    const debits: { p: StoredPosting; left: number; cash: boolean }[] = [];
    const credits: { p: StoredPosting; left: number; cash: boolean }[] = [];
    for (const p of e.postings) {
      const s = signedAmount(p);
      if (s === 0) continue;
      const item = { p, left: Math.abs(s), cash: isCash(p.account, p.dimensions) };
      (s > 0 ? debits : credits).push(item);
    }
    let i = 0;
    let j = 0;
    while (i < debits.length && j < credits.length) {
      const dr = debits[i]!;
      const cr = credits[j]!;
      const x = Math.min(dr.left, cr.left);
      if (!dr.cash)
        out.push({
          account: dr.p.account,
          dims: dr.p.dimensions,
          amount: x,
          contra: cr.p.account,
          contraCash: cr.cash,
          entry: e,
        });
      if (!cr.cash)
        out.push({
          account: cr.p.account,
          dims: cr.p.dimensions,
          amount: -x,
          contra: dr.p.account,
          contraCash: dr.cash,
          entry: e,
        });
      dr.left -= x;
      cr.left -= x;
      if (dr.left === 0) i++;
      if (cr.left === 0) j++;
    }
  }
  return out;
}

function computeValues(
  view: LedgerView,
  t: StatementTemplate,
  from: CalendarDate,
  to: CalendarDate,
): Map<string, number> {
  // gross balances are computed per leaf account, counterparty and term (long = `term: 'long'`)
  const leafKey = (a: string, d: Dims) =>
    a + '\u0000' + (d?.term === 'long' ? 'L' : 'S') + (d?.counterparty ?? '');
  const leafCache = new Map<string, Map<string, Totals>>();
  const byLeafWhere = (where: Readonly<Record<string, string>> | undefined): Map<string, Totals> => {
    const cacheKey = JSON.stringify(where ?? null);
    let m = leafCache.get(cacheKey);
    if (m === undefined) {
      const keyOf =
        where === undefined
          ? leafKey
          : (a: string, d: Dims) => (dimsMatch(d, where) ? leafKey(a, d) : '\u0000skip');
      m = aggregate(view, { from, to }, { keyOf });
      leafCache.set(cacheKey, m);
    }
    return m;
  };
  const noClosing = aggregate(view, { from, to }, { excludeClosing: true });
  const taggedCache = new Map<string, Map<string, Totals>>();
  const filteredTotals = (
    tag: string | undefined,
    where: Readonly<Record<string, string>> | undefined,
  ): Map<string, Totals> => {
    const cacheKey = JSON.stringify([tag ?? null, where ?? null]);
    let t = taggedCache.get(cacheKey);
    if (t === undefined) {
      const keyOf = (a: string, d: Dims) => (dimsMatch(d, where) ? a : '\u0000skip');
      t = aggregate(
        view,
        { from, to },
        { excludeClosing: true, keyOf, ...(tag === undefined ? {} : { tagged: tag }) },
      );
      taggedCache.set(cacheKey, t);
    }
    return t;
  };
  let halves: FlowHalf[] | undefined;
  const values = new Map<string, number>();
  const sourceValue = (src: LineSource): number => {
    if (src.kind === 'sum') {
      let s = 0;
      for (const l of src.lines) {
        const v = values.get(l.code);
        if (v === undefined) {
          throw invalid(
            'LEDGER/TEMPLATE_ORDER',
            `line refers to ${l.code} before it is computed`,
            `dòng tham chiếu ${l.code} chưa được tính`,
            ['lines'],
          );
        }
        s += l.sign * v;
      }
      return s;
    }
    const sign = src.sign ?? 1;
    let s = 0;
    if (src.kind === 'flow') {
      if (t.cash === undefined)
        throw invalid(
          'LEDGER/INVALID_TEMPLATE',
          'a flow source needs the template to define cash',
          'nguồn lưu chuyển tiền cần định nghĩa tiền của mẫu',
          ['cash'],
        );
      if (halves === undefined) halves = flowHalves(view, from, to, t.cash);
      const contra = src.contra;
      for (const h of halves) {
        if (!matches(h.account, src.accounts, src.exclude)) continue;
        if (contra === 'cash') {
          if (!h.contraCash) continue;
        } else if (h.contraCash || !matches(h.contra, contra.accounts, contra.exclude)) continue;
        if (src.side !== undefined && h.amount > 0 !== (src.side === 'debit')) continue;
        if (src.tagged !== undefined && h.entry.metadata?.[src.tagged] === undefined) continue;
        if (!dimsMatch(h.dims, src.where)) continue;
        s += h.amount;
      }
      return sign * s;
    }
    if (src.kind === 'movement') {
      const totals =
        src.tagged === undefined && src.where === undefined
          ? noClosing
          : filteredTotals(src.tagged, src.where);
      for (const [code, x] of totals) if (matches(code, src.accounts, src.exclude)) s += x.debit - x.credit;
      return sign * s;
    }
    const side = src.side ?? 'net';
    for (const [key, x] of byLeafWhere(src.where)) {
      const cut = key.indexOf('\u0000');
      if (cut === 0) continue;
      const code = key.slice(0, cut);
      if (!matches(code, src.accounts, src.exclude)) continue;
      if (src.term !== undefined && (key.charCodeAt(cut + 1) === 76) !== (src.term === 'long')) continue;
      const b =
        src.kind === 'opening' ? x.openDebit - x.openCredit : x.openDebit - x.openCredit + x.debit - x.credit;
      if (side === 'net') s += b;
      else if (side === 'debit') s += Math.max(b, 0);
      else s += Math.min(b, 0);
    }
    if (side === 'net') return sign * s;
    return side === 'debit' ? s : -s;
  };
  for (const line of t.lines) {
    let s = 0;
    for (const src of line.sources) s += sourceValue(src);
    values.set(line.code, s);
  }
  return values;
}

/**
 * Computes a statement from a template over a period, with an optional comparative period, and
 * runs the template's cross-checks.
 * @throws BoValidationError `LEDGER/INVALID_TEMPLATE` for a malformed user layout
 * @example
 * const b01 = financialStatement(ledger, B01_DN_TT99, { from: calendarDate('2026-01-01'), to: calendarDate('2026-12-31') });
 * b01.checks.every((c) => c.ok) // true
 */
export function financialStatement(
  view: LedgerView,
  template: StatementTemplate,
  period: { readonly from: CalendarDate; readonly to: CalendarDate },
  comparative?: { readonly from: CalendarDate; readonly to: CalendarDate },
): FinancialStatement {
  const t = parseWith(
    statementTemplateSchema,
    template,
    'template',
    'LEDGER/INVALID_TEMPLATE',
  ) as StatementTemplate;
  if (period.from > period.to)
    throw invalid('LEDGER/INVALID_RANGE', 'period.from is after period.to', 'kỳ không hợp lệ', [
      'period',
      'from',
    ]);
  const cur = computeValues(view, t, period.from, period.to);
  const prev =
    comparative === undefined ? undefined : computeValues(view, t, comparative.from, comparative.to);
  const m = (n: number) => moneyFromMinor(n, view.functionalCurrency);
  const rows = t.lines.map(
    (l): StatementRow => ({
      code: l.code,
      labelVi: l.labelVi,
      labelEn: l.labelEn,
      current: m(cur.get(l.code)!),
      ...(prev === undefined ? {} : { comparative: m(prev.get(l.code)!) }),
    }),
  );
  const checks = (t.checks ?? []).map((c) => ({
    labelEn: c.labelEn,
    left: c.left,
    right: c.right,
    ok:
      cur.get(c.left) === cur.get(c.right) && (prev === undefined || prev.get(c.left) === prev.get(c.right)),
  }));
  return {
    template: `${t.id} ${t.version}`,
    period,
    ...(comparative === undefined ? {} : { comparativePeriod: comparative }),
    rows,
    checks,
  };
}

/**
 * The figure of a line.
 * @throws BoValidationError `LEDGER/UNKNOWN_LINE`
 * @example lineValue(b01, '280')
 */
export function lineValue(
  statement: FinancialStatement,
  code: string,
  which: 'current' | 'comparative' = 'current',
): Money {
  const row = statement.rows.find((r) => r.code === code);
  const v = row?.[which];
  if (v === undefined)
    throw invalid('LEDGER/UNKNOWN_LINE', `no line ${code} (${which})`, `không có chỉ tiêu ${code}`, ['code']);
  return v;
}
