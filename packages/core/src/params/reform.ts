import { BoValidationError } from '../errors/bo-error.js';
import { calendarDate } from '../dates/calendar-date.js';
import type { LegalReference } from './legal-reference.js';
import type { DatedValue, Parameter } from './parameter.js';

/** A set of parameters keyed by id (a jurisdiction's rule pack holds one). */
export type ParameterSet = Readonly<Record<string, Parameter<unknown>>>;

/** The value type of a parameter. */
export type ParameterValueType<P> = P extends Parameter<infer T> ? T : never;

/** Changes a reform makes: for each parameter id, dated values to add (a value with the same `from` replaces the old one). */
export type ReformChanges<S extends ParameterSet> = {
  readonly [K in keyof S]?: readonly DatedValueInput<ParameterValueType<S[K]>>[];
};

/** A dated value as written in data: dates as plain `YYYY-MM-DD` strings (validated on use). */
export interface DatedValueInput<T> {
  readonly from: string;
  readonly to?: string;
  readonly value: T;
  readonly reference: LegalReference;
}

/**
 * Returns a new parameter set with some values added or replaced, leaving `base` untouched —
 * for what-ifs ("next year's deductions") and company-specific overrides.
 * @throws BoValidationError `CORE/INVALID_PARAMETER` for an id not in the set or a value that breaks date order
 * @example
 * const whatIf = reform(vnPayrollParameters, {
 *   'vn.pit.personalDeduction': [{ from: '2027-01-01', value: '17000000', reference: { document: 'What-if' } }],
 * });
 */
export function reform<S extends ParameterSet>(base: S, changes: ReformChanges<S>): S {
  const next: Record<string, Parameter<unknown>> = { ...base };
  for (const id of Object.keys(changes)) {
    const param = base[id];
    const added = changes[id as keyof S];
    if (!param) {
      throw new BoValidationError({
        code: 'CORE/INVALID_PARAMETER',
        message: `reform changes ${id}, which is not in the parameter set`,
        messageVi: `cải cách thay đổi tham số ${id} không có trong bộ tham số`,
        path: [id],
      });
    }
    if (!added) continue;
    const byFrom = new Map<string, DatedValue<unknown>>();
    for (const v of param.values) byFrom.set(v.from, v);
    added.forEach((v, i) => {
      const from = calendarDate(v.from, [id, i, 'from']);
      const to = v.to === undefined ? undefined : calendarDate(v.to, [id, i, 'to']);
      byFrom.set(from, { ...v, from, ...(to === undefined ? {} : { to }) } as DatedValue<unknown>);
    });
    const values = [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
    for (let i = 1; i < values.length; i++) {
      const prev = values[i - 1] as DatedValue<unknown>;
      const cur = values[i] as DatedValue<unknown>;
      if (prev.to !== undefined && prev.to >= cur.from) {
        throw new BoValidationError({
          code: 'CORE/INVALID_PARAMETER',
          message: `${id}: value ending ${prev.to} overlaps the value from ${cur.from}`,
          messageVi: `${id}: giá trị kết thúc ${prev.to} chồng lên giá trị từ ${cur.from}`,
          path: [id, 'values', i],
        });
      }
    }
    next[id] = { ...param, values };
  }
  return next as S;
}
