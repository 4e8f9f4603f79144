import { addDays, diffDays, valueAt } from '@bo/core';
import { invalid, ruleError } from '../internal/fail.js';
import { CONTRACT_TERMS } from '../legal/labour-rules.js';
import { type Contract, contractLastDay } from './contract.js';

/**
 * Checks an employee's contracts together: they must not overlap, and at most two definite-term
 * contracts may follow each other — the next must be indefinite (Labour Code 2019 Art. 20(2)(c)), unless
 * the contract records an exemption (elderly or foreign worker, union officer, state-enterprise manager).
 * Contracts follow each other when the next starts within 30 days after the previous ends
 * (Art. 20(2)(a)); a longer break starts a new chain (an interpretation: the Code does not define one).
 * @throws BoValidationError `HR/OVERLAPPING_CONTRACTS`; BoRuleError `HR/SUCCESSIVE_DEFINITE_CONTRACTS`
 * @example checkContractSequence([first, second, third]) // throws when all three are definite-term
 */
export function checkContractSequence(contracts: readonly Contract[]): void {
  const sorted = contracts
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (a.c.startDate < b.c.startDate ? -1 : a.c.startDate > b.c.startDate ? 1 : 0));
  let chain = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { c, index } = sorted[i]!;
    const prev = sorted[i - 1]?.c;
    if (prev) {
      if (prev.employeeId !== c.employeeId) {
        invalid(
          'HR/INVALID_CONTRACT',
          'contracts of different employees cannot be checked together',
          'các hợp đồng thuộc nhiều người lao động khác nhau',
          [index, 'employeeId'],
        );
      }
      const prevEnd = contractLastDay(prev);
      if (prevEnd === undefined || c.startDate <= prevEnd) {
        invalid(
          'HR/OVERLAPPING_CONTRACTS',
          `contract ${c.number} starts ${c.startDate} while ${prev.number} is still in force`,
          `hợp đồng ${c.number} trùng thời gian với hợp đồng ${prev.number}`,
          [index, 'startDate'],
          { previous: prev.number },
        );
      }
      const terms = valueAt(CONTRACT_TERMS, c.startDate);
      const successive = diffDays(addDays(prevEnd, 1), c.startDate) <= terms.renewalWithinDays;
      if (!successive) chain = 0;
    }
    if (c.type === 'indefinite') {
      chain = 0;
      continue;
    }
    chain++;
    const terms = valueAt(CONTRACT_TERMS, c.startDate);
    if (chain > terms.maxSuccessiveDefinite && c.successiveRuleExemption === undefined) {
      ruleError(
        'HR/SUCCESSIVE_DEFINITE_CONTRACTS',
        `contract ${c.number} would be definite-term contract no. ${chain} in a row; after ${terms.maxSuccessiveDefinite} the next must be indefinite (Labour Code Art. 20(2)(c))`,
        `chỉ được ký thêm 01 lần hợp đồng xác định thời hạn; hợp đồng ${c.number} phải là hợp đồng không xác định thời hạn`,
        [index, 'type'],
        { chain },
      );
    }
  }
}
