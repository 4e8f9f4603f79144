import { type CalendarDate, type Money, moneyFromMinor, parseWith } from '@bo/core';
import { z } from 'zod';
import { invalid } from '../journal/errors.js';
import { aggregate, type LedgerView, type Totals } from '../reports/ledger-view.js';

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
 * - `sum`: signed sum of other lines.
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
      /** Movements only: only postings whose dimensions have these values (e.g. `{ expense: 'borrowingCost' }`). */
      readonly where?: Readonly<Record<string, string>>;
      /** Only postings whose `term` dimension is `'long'` (long-term), or all others (`'short'`); default both. */
      readonly term?: 'short' | 'long';
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
    kind: z.literal('sum'),
    lines: z.array(z.object({ code: z.string(), sign: z.union([z.literal(1), z.literal(-1)]) })),
  }),
]);

/**
 * Zod schema of a {@link StatementTemplate}, for user-defined layouts.
 * @example statementTemplateSchema.parse(myLayout)
 */
export const statementTemplateSchema = z.object({
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
});

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

function computeValues(
  view: LedgerView,
  t: StatementTemplate,
  from: CalendarDate,
  to: CalendarDate,
): Map<string, number> {
  // gross balances are computed per leaf account, counterparty and term (long = `term: 'long'`)
  const leafKey = (a: string, d: Readonly<Record<string, string | undefined>> | undefined) =>
    a + '\u0000' + (d?.term === 'long' ? 'L' : 'S') + (d?.counterparty ?? '');
  const byLeaf = aggregate(view, { from, to }, { keyOf: leafKey });
  const noClosing = aggregate(view, { from, to }, { excludeClosing: true });
  const taggedCache = new Map<string, Map<string, Totals>>();
  const filteredTotals = (
    tag: string | undefined,
    where: Readonly<Record<string, string>> | undefined,
  ): Map<string, Totals> => {
    const cacheKey = JSON.stringify([tag ?? null, where ?? null]);
    let t = taggedCache.get(cacheKey);
    if (t === undefined) {
      const conditions = where === undefined ? [] : Object.entries(where);
      const keyOf = (a: string, d: Readonly<Record<string, string | undefined>> | undefined) =>
        conditions.every(([k, v]) => d?.[k] === v) ? a : '\u0000skip';
      t = aggregate(
        view,
        { from, to },
        { excludeClosing: true, keyOf, ...(tag === undefined ? {} : { tagged: tag }) },
      );
      taggedCache.set(cacheKey, t);
    }
    return t;
  };
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
    if (src.kind === 'movement') {
      const totals =
        src.tagged === undefined && src.where === undefined
          ? noClosing
          : filteredTotals(src.tagged, src.where);
      for (const [code, x] of totals) if (matches(code, src.accounts, src.exclude)) s += x.debit - x.credit;
      return sign * s;
    }
    const side = src.side ?? 'net';
    for (const [key, x] of byLeaf) {
      const cut = key.indexOf('\u0000');
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
