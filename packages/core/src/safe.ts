import { calendarDate } from './dates/calendar-date.js';
import { safely } from './errors/result.js';
import { money, moneyFromJSON } from './money/money.js';
import { parseMoney } from './money/parse-money.js';
import { period } from './periods/period.js';
import { toDecimal } from './to-decimal.js';

/**
 * {@link money} that returns a `Result` instead of throwing.
 * @example const r = safeMoney(input.amount, 'VND'); if (!r.ok) showError(r.error.path, r.error.messageVi);
 */
export const safeMoney = safely(money);
/** {@link moneyFromJSON} that returns a `Result`. @example safeMoneyFromJSON({ amount: '1', currency: 'VND' }) */
export const safeMoneyFromJSON = safely(moneyFromJSON);
/** {@link parseMoney} that returns a `Result` (form input). @example safeParseMoney('1.234.567 ₫', 'VND') */
export const safeParseMoney = safely(parseMoney);
/** {@link calendarDate} that returns a `Result`. @example safeCalendarDate('2026-02-30').ok // false */
export const safeCalendarDate = safely(calendarDate);
/** {@link period} that returns a `Result`. @example safePeriod('2026-03-31', '2026-03-01').ok // false */
export const safePeriod = safely(period);
/** {@link toDecimal} that returns a `Result`. @example safeDecimal('abc').ok // false */
export const safeDecimal = safely(toDecimal);
