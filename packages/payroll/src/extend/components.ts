import {
  BoRuleError,
  BoValidationError,
  type Decimal,
  type DecimalInput,
  roundDecimal,
  toDecimal,
} from '@bo/core';
import type { PayslipInput } from '../payslip/payslip-input.js';

/**
 * A custom pay component (a company allowance, a formula) as a typed rule: it declares the inputs it
 * reads — facts supplied per employee (`salary`, `paidDays`…) or other components by code — and
 * computes an amount in đồng from them (rounded half-up to the đồng).
 *
 * @example
 * const attendance: ComponentRule = {
 *   code: 'ATTENDANCE', label: 'Attendance bonus', labelVi: 'Thưởng chuyên cần',
 *   inputs: ['paidDays', 'standardDays'], tax: 'taxable',
 *   compute: ({ paidDays, standardDays }) => (paidDays!.gte(standardDays!) ? 500000 : 0),
 * };
 */
export interface ComponentRule {
  readonly code: string;
  readonly label: string;
  readonly labelVi?: string;
  /** Names of facts or other components this rule reads. */
  readonly inputs: readonly string[];
  /** PIT treatment of the resulting allowance. */
  readonly tax: 'taxable' | 'exempt' | 'meal' | 'housing';
  /** Part of the social insurance salary. */
  readonly insurable?: boolean;
  readonly compute: (values: Readonly<Record<string, Decimal>>) => DecimalInput;
}

/** A checked set of component rules, in evaluation order. @example const g: ComponentGraph = defineComponents(['salary'], [rule]); */
export interface ComponentGraph {
  readonly facts: readonly string[];
  readonly order: readonly ComponentRule[];
}

/**
 * Checks a set of component rules and orders them: duplicate codes, references to unknown facts or
 * components, and cycles are errors at build time — never silent zeros at run time.
 *
 * @throws BoRuleError `PAYROLL/DUPLICATE_COMPONENT`, `PAYROLL/UNKNOWN_COMPONENT_INPUT` (path
 *   `['components', i, 'inputs', j]`), `PAYROLL/COMPONENT_CYCLE` (details.cycle lists the codes)
 * @example
 * ```ts
 * const graph = defineComponents(['salary'], [
 *   { code: 'SENIORITY', label: 'Seniority', inputs: ['salary'], tax: 'taxable', insurable: true, compute: ({ salary }) => salary!.times('0.05') },
 * ]);
 * ```
 */
export function defineComponents(facts: readonly string[], rules: readonly ComponentRule[]): ComponentGraph {
  const byCode = new Map<string, number>();
  rules.forEach((r, i) => {
    if (!/^[A-Z0-9_]+$/.test(r.code)) {
      throw new BoValidationError({
        code: 'PAYROLL/INVALID_COMPONENT',
        message: `component code ${JSON.stringify(r.code)} must be UPPER_SNAKE_CASE`,
        messageVi: 'mã thành phần lương không hợp lệ',
        path: ['components', i, 'code'],
      });
    }
    if (byCode.has(r.code) || facts.includes(r.code)) {
      throw new BoRuleError({
        code: 'PAYROLL/DUPLICATE_COMPONENT',
        message: `component ${r.code} is defined twice (or shadows a fact)`,
        messageVi: `thành phần ${r.code} bị trùng`,
        path: ['components', i, 'code'],
      });
    }
    byCode.set(r.code, i);
  });
  const factSet = new Set(facts);
  rules.forEach((r, i) => {
    r.inputs.forEach((name, j) => {
      if (!factSet.has(name) && !byCode.has(name)) {
        throw new BoRuleError({
          code: 'PAYROLL/UNKNOWN_COMPONENT_INPUT',
          message: `component ${r.code} reads ${JSON.stringify(name)}, which is neither a fact (${facts.join(', ')}) nor a component`,
          messageVi: `thành phần ${r.code} tham chiếu ${name} không tồn tại`,
          path: ['components', i, 'inputs', j],
        });
      }
    });
  });
  // Depth-first topological sort with cycle detection.
  const state = new Map<string, 'visiting' | 'done'>();
  const order: ComponentRule[] = [];
  const stack: string[] = [];
  const visit = (code: string): void => {
    const s = state.get(code);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(code)), code];
      throw new BoRuleError({
        code: 'PAYROLL/COMPONENT_CYCLE',
        message: `components form a cycle: ${cycle.join(' → ')}`,
        messageVi: `các thành phần lương tham chiếu vòng: ${cycle.join(' → ')}`,
        path: ['components', byCode.get(code) as number],
        details: { cycle },
      });
    }
    state.set(code, 'visiting');
    stack.push(code);
    const rule = rules[byCode.get(code) as number] as ComponentRule;
    for (const name of rule.inputs) if (byCode.has(name)) visit(name);
    stack.pop();
    state.set(code, 'done');
    order.push(rule);
  };
  for (const r of rules) visit(r.code);
  return { facts: [...facts], order };
}

/**
 * Evaluates a component graph for one employee's facts and returns the allowances to add to a
 * payslip input.
 *
 * @throws BoValidationError `PAYROLL/MISSING_FACT` (path `['facts', name]`), `PAYROLL/NEGATIVE_COMPONENT`
 * @example
 * ```ts
 * const allowances = evaluateComponents(graph, { salary: 20000000 });
 * computePayslip({ ...input, allowances: [...(input.allowances ?? []), ...allowances] });
 * ```
 */
export function evaluateComponents(
  graph: ComponentGraph,
  facts: Readonly<Record<string, DecimalInput>>,
): NonNullable<PayslipInput['allowances']>[number][] {
  const values: Record<string, Decimal> = {};
  for (const f of graph.facts) {
    if (facts[f] === undefined) {
      throw new BoValidationError({
        code: 'PAYROLL/MISSING_FACT',
        message: `fact ${f} is required by the component graph`,
        messageVi: `thiếu dữ liệu ${f}`,
        path: ['facts', f],
      });
    }
    values[f] = toDecimal(facts[f], ['facts', f]);
  }
  const out: NonNullable<PayslipInput['allowances']>[number][] = [];
  for (const rule of graph.order) {
    const scope: Record<string, Decimal> = {};
    for (const name of rule.inputs) scope[name] = values[name] as Decimal;
    const amount = roundDecimal(toDecimal(rule.compute(scope), ['components', rule.code]), {
      mode: 'half-up',
      places: 0,
    });
    if (amount.isNegative()) {
      throw new BoValidationError({
        code: 'PAYROLL/NEGATIVE_COMPONENT',
        message: `component ${rule.code} computed a negative amount ${amount.toString()}`,
        messageVi: `thành phần ${rule.code} âm`,
        path: ['components', rule.code],
      });
    }
    values[rule.code] = amount;
    out.push({
      code: rule.code,
      label: rule.label,
      ...(rule.labelVi ? { labelVi: rule.labelVi } : {}),
      amount: amount.toString(),
      tax: rule.tax,
      insurable: rule.insurable ?? false,
    });
  }
  return out;
}
