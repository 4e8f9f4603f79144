import { type LegalReference, formatReference } from '../params/legal-reference.js';

/**
 * How a figure was obtained: its label, value, the formula or rule applied, the inputs it was
 * computed from (themselves traces) and the legal references. Payroll, ledger and QC return these
 * so that every number can explain itself.
 */
export interface Trace {
  /** What the figure is, in English. */
  readonly label: string;
  /** What the figure is, in Vietnamese. */
  readonly labelVi?: string;
  /** The value, as text (decimal strings for amounts, so nothing is lost). */
  readonly value: string;
  /** Unit: `VND`, `%`, `days`… */
  readonly unit?: string;
  /** The formula or rule, e.g. `min(insurance salary, 20 × base salary) × 8 %`. */
  readonly formula?: string;
  /** The traces of the inputs. */
  readonly inputs?: readonly Trace[];
  /** Legal texts behind the rule. */
  readonly references?: readonly LegalReference[];
}

/**
 * Builds a trace node.
 * @example trace('BHXH employee', '800000', { unit: 'VND', formula: 'basis × 8 %' })
 */
export function trace(
  label: string,
  value: { toString(): string },
  details: Omit<Trace, 'label' | 'value'> = {},
): Trace {
  return { label, value: value.toString(), ...details };
}

/** Options of {@link renderTrace}. */
export interface RenderTraceOptions {
  /** Language of the labels (default `en`). */
  readonly language?: 'en' | 'vi';
  /** How many levels of inputs to show (default all). */
  readonly depth?: number;
}

/**
 * Renders a trace as an indented text tree, one figure per line, with formula and references.
 * @example
 * console.log(renderTrace(payslip.trace, { language: 'vi' }));
 * // Thuế TNCN = 1000000 VND  [taxable income under the 2026 tariff]  (Law 109/2025/QH15)
 * //   Thu nhập tính thuế = 15000000 VND
 */
export function renderTrace(root: Trace, options: RenderTraceOptions = {}): string {
  const lines: string[] = [];
  const maxDepth = options.depth ?? Number.POSITIVE_INFINITY;
  const walk = (t: Trace, depth: number): void => {
    const label = options.language === 'vi' && t.labelVi ? t.labelVi : t.label;
    let line = `${'  '.repeat(depth)}${label} = ${t.value}${t.unit ? ` ${t.unit}` : ''}`;
    if (t.formula) line += `  [${t.formula}]`;
    if (t.references && t.references.length > 0)
      line += `  (${t.references.map(formatReference).join('; ')})`;
    lines.push(line);
    if (depth < maxDepth) for (const input of t.inputs ?? []) walk(input, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n');
}
