import { money, equals } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ContractInput,
  checkContractSequence,
  checkNotice,
  contractTermsAsOf,
  earliestTerminationDate,
  parseContract,
  requiredNotice,
  jobLossAllowance,
  severanceAllowance,
} from '../src/index.js';
import { boErrorOf as errorOf } from '../../../scripts/test-support.js';

function contract(overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    id: 'C1',
    employeeId: 'E1',
    number: '01/2026/HĐLĐ',
    type: 'definite',
    signedOn: '2026-01-01',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    position: 'Accountant',
    jobLevel: 'college-or-above',
    probation: { startDate: '2026-01-01', endDate: '2026-03-01', payPercent: 85 },
    salary: [{ effectiveFrom: '2026-01-01', amount: '20000000' }],
    allowances: [
      { code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '730000', effectiveFrom: '2026-01-01' },
      {
        code: 'PHONE',
        name: 'Phụ cấp điện thoại',
        amount: '300000',
        effectiveFrom: '2026-01-01',
        effectiveTo: '2026-06-30',
      },
    ],
    amendments: [
      {
        number: 'PL01',
        signedOn: '2026-06-20',
        effectiveFrom: '2026-07-01',
        salary: '22000000',
        allowances: [{ code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '1200000' }],
      },
    ],
    ...overrides,
  };
}

describe('contracts (Labour Code 2019 Art. 20–27)', () => {
  it('accepts a valid definite contract', () => {
    expect(parseContract(contract()).type).toBe('definite');
  });
  it('definite term ≤ 36 months (Art. 20(1)(b))', () => {
    expect(parseContract(contract({ endDate: '2028-12-31', probation: undefined })).endDate).toBe(
      '2028-12-31',
    );
    expect(errorOf(() => parseContract(contract({ endDate: '2029-01-01' })))).toEqual({
      code: 'HR/DEFINITE_TERM_TOO_LONG',
      path: ['endDate'],
    });
    expect(errorOf(() => parseContract(contract({ endDate: undefined })))).toEqual({
      code: 'HR/CONTRACT_END_DATE',
      path: ['endDate'],
    });
    expect(errorOf(() => parseContract(contract({ type: 'indefinite' })))).toEqual({
      code: 'HR/CONTRACT_END_DATE',
      path: ['endDate'],
    });
    expect(errorOf(() => parseContract(contract({ endDate: '2025-12-31' })))).toEqual({
      code: 'HR/DATES_OUT_OF_ORDER',
      path: ['endDate'],
    });
  });
  it('probation: max by job level (Art. 25), pay ≥ 85 % (Art. 26), none under 1 month (Art. 24(3))', () => {
    // 60 calendar days allowed for college-or-above: 2026-01-01..2026-03-01 is 60 days
    expect(
      errorOf(() =>
        parseContract(
          contract({ probation: { startDate: '2026-01-01', endDate: '2026-03-02', payPercent: 85 } }),
        ),
      ),
    ).toEqual({
      code: 'HR/PROBATION_TOO_LONG',
      path: ['probation', 'endDate'],
    });
    expect(
      errorOf(() =>
        parseContract(
          contract({ probation: { startDate: '2026-01-01', endDate: '2026-01-31', payPercent: 84.9 } }),
        ),
      ),
    ).toEqual({
      code: 'HR/PROBATION_PAY_TOO_LOW',
      path: ['probation', 'payPercent'],
    });
    // "other" jobs: 6 working days — Mon 5 Jan to Mon 12 Jan 2026 is 6 working days Mon–Fri, to Tue 13 Jan is 7
    const other = {
      jobLevel: 'other' as const,
      startDate: '2026-01-05',
      signedOn: '2026-01-05',
      salary: [{ effectiveFrom: '2026-01-05', amount: '6000000' }],
      allowances: [],
      amendments: [],
    };
    expect(
      parseContract(
        contract({
          ...other,
          probation: { startDate: '2026-01-05', endDate: '2026-01-12', payPercent: 100 },
        }),
      ).probation?.endDate,
    ).toBe('2026-01-12');
    expect(
      errorOf(() =>
        parseContract(
          contract({
            ...other,
            probation: { startDate: '2026-01-05', endDate: '2026-01-13', payPercent: 100 },
          }),
        ),
      ),
    ).toMatchObject({ code: 'HR/PROBATION_TOO_LONG' });
    expect(
      errorOf(() =>
        parseContract(
          contract({
            ...other,
            endDate: '2026-01-25',
            probation: { startDate: '2026-01-05', endDate: '2026-01-07', payPercent: 100 },
          }),
        ),
      ),
    ).toMatchObject({ code: 'HR/PROBATION_NOT_ALLOWED' });
  });
  it('amendments may not change the term (Art. 22(2))', () => {
    const bad = contract({
      amendments: [
        {
          number: 'PL02',
          signedOn: '2026-06-01',
          effectiveFrom: '2026-06-01',
          endDate: '2027-12-31',
        } as never,
      ],
    });
    expect(errorOf(() => parseContract(bad))).toEqual({
      code: 'HR/AMENDMENT_CHANGES_TERM',
      path: ['amendments', 0, 'endDate'],
    });
  });
  it('terms as of a date apply amendments and the probation percentage', () => {
    const c = parseContract(contract());
    const feb = contractTermsAsOf(c, '2026-02-15' as never);
    expect(feb.inProbation).toBe(true);
    expect(equals(feb.payableSalary, money('17000000', 'VND'))).toBe(true);
    expect(feb.allowances.map((a) => a.code)).toEqual(['LUNCH', 'PHONE']);
    const jul = contractTermsAsOf(c, '2026-07-01' as never);
    expect(jul.inProbation).toBe(false);
    expect(jul.salary.amount.toString()).toBe('22000000');
    expect(jul.allowances.map((a) => [a.code, a.amount.amount.toString()])).toEqual([['LUNCH', '1200000']]);
    expect(jul.basis).toEqual(['contract', 'PL01']);
    expect(errorOf(() => contractTermsAsOf(c, '2027-01-01' as never))).toEqual({
      code: 'HR/OUTSIDE_CONTRACT',
      path: ['date'],
    });
  });
  it('successive definite contracts: a third must be indefinite (Art. 20(2)(c))', () => {
    const first = parseContract(contract({ probation: undefined }));
    const second = parseContract(
      contract({
        id: 'C2',
        number: '02',
        signedOn: '2027-01-01',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        probation: undefined,
        salary: [{ effectiveFrom: '2027-01-01', amount: '22000000' }],
        allowances: [],
        amendments: [],
      }),
    );
    const third = parseContract(
      contract({
        id: 'C3',
        number: '03',
        signedOn: '2028-01-10',
        startDate: '2028-01-10',
        endDate: '2028-12-31',
        probation: undefined,
        salary: [{ effectiveFrom: '2028-01-10', amount: '23000000' }],
        allowances: [],
        amendments: [],
      }),
    );
    expect(() => checkContractSequence([first, second])).not.toThrow();
    expect(errorOf(() => checkContractSequence([third, first, second]))).toEqual({
      code: 'HR/SUCCESSIVE_DEFINITE_CONTRACTS',
      path: [0, 'type'],
    });
    expect(() =>
      checkContractSequence([first, second, { ...third, successiveRuleExemption: 'foreign-worker' }]),
    ).not.toThrow();
    const indefinite = { ...third, type: 'indefinite' as const, endDate: undefined };
    expect(() => checkContractSequence([first, second, indefinite])).not.toThrow();
    // a break longer than 30 days starts a new chain
    const later = { ...third, startDate: '2028-03-01' as never };
    expect(() => checkContractSequence([first, second, later])).not.toThrow();
  });
  it('rejects overlapping contracts', () => {
    const first = parseContract(contract({ probation: undefined }));
    const overlap = parseContract(
      contract({
        id: 'C2',
        number: '02',
        signedOn: '2026-12-01',
        startDate: '2026-12-01',
        endDate: '2027-06-30',
        probation: undefined,
        salary: [{ effectiveFrom: '2026-12-01', amount: '1' }],
        allowances: [],
        amendments: [],
      }),
    );
    expect(errorOf(() => checkContractSequence([first, overlap]))).toEqual({
      code: 'HR/OVERLAPPING_CONTRACTS',
      path: [1, 'startDate'],
    });
  });
});

describe('notice periods (Art. 35(1), 36(2); Decree 145 Art. 7)', () => {
  it('by contract type', () => {
    const indefinite = parseContract(contract({ type: 'indefinite', endDate: undefined, amendments: [] }));
    expect(requiredNotice(indefinite, 'employee')).toMatchObject({
      days: 45,
      kind: 'calendar',
      rule: 'indefinite',
    });
    expect(requiredNotice(parseContract(contract()), 'employer')).toMatchObject({
      days: 30,
      kind: 'calendar',
      rule: 'definite12To36',
    });
    const short = parseContract(contract({ endDate: '2026-06-30', probation: undefined, amendments: [] }));
    expect(requiredNotice(short, 'employee')).toMatchObject({
      days: 3,
      kind: 'working',
      rule: 'definiteUnder12',
    });
    expect(requiredNotice({ ...short, specialJob: true }, 'employee')).toMatchObject({
      days: 46,
      rule: 'specialShort',
    }); // ¼ of 181 days, rounded up
    expect(requiredNotice({ ...indefinite, specialJob: true }, 'employee')).toMatchObject({
      days: 120,
      rule: 'specialLong',
    });
  });
  it('counts working days past weekends and holidays', () => {
    // notice Thu 2026-04-23; Mon 27 Apr is the Hùng Kings compensatory day; 3 working days → Fri 24, Tue 28, Wed 29
    expect(
      earliestTerminationDate(
        '2026-04-23' as never,
        { days: 3, kind: 'working' },
        { holidays: new Set(['2026-04-27']) },
      ),
    ).toBe('2026-04-29');
    expect(earliestTerminationDate('2026-03-02' as never, { days: 30, kind: 'calendar' })).toBe('2026-04-01');
  });
  it('checks a recorded termination', () => {
    const c = parseContract(
      contract({
        termination: { date: '2026-09-15', clause: 3, initiatedBy: 'employee', noticeGivenOn: '2026-08-20' },
      }),
    );
    expect(checkNotice(c)).toMatchObject({ sufficient: false, earliestTermination: '2026-09-19' });
    expect(errorOf(() => checkNotice(parseContract(contract())))).toEqual({
      code: 'HR/NO_TERMINATION',
      path: ['termination'],
    });
  });
});

describe('severance allowance (Labour Code 2019 Art. 46; Decree 145/2020 Art. 8(3))', () => {
  const salaries = ['20000000', '20000000', '20000000', '22000000', '22000000', '22000000'];
  it('golden: 8 y 6 m worked, 88 months under BHTN → 14 months → 1.5 years × ½ × 21 000 000 = 15 750 000', () => {
    // Worked from 2018-03-01 to 2026-08-31 = 102 months (Art. 46(2)); BHTN covered 88 months;
    // 14 months = 1 year + 2 leftover months (≤ 6 → ½ year, Decree 145 Art. 8(3)(c)); average of the last
    // 6 months (Art. 46(3)) = 21 000 000; ½ month per year (Art. 46(1)).
    const r = severanceAllowance({
      serviceStart: '2018-03-01',
      terminationDate: '2026-08-31',
      clause: 3,
      recentMonthlySalaries: salaries,
      unemploymentInsuranceMonths: 88,
    });
    expect(r.eligible).toBe(true);
    expect(r.workedMonths).toBe(102);
    expect(r.countedMonths).toBe(14);
    expect(r.countedYears.toString()).toBe('1.5');
    expect(r.averageSalary.amount.toString()).toBe('21000000');
    expect(r.amount.amount.toString()).toBe('15750000');
    expect(r.steps.length).toBeGreaterThan(5);
  });
  it('leftover months: 30 → 2.5 y, 31 → 3 y, 24 → 2 y (Decree 145 Art. 8(3)(c))', () => {
    const pay = (months: number) => {
      const start = new Date(Date.UTC(2020, 0, 1));
      const end = new Date(Date.UTC(2020, months, 0)).toISOString().slice(0, 10);
      return severanceAllowance({
        serviceStart: start.toISOString().slice(0, 10),
        terminationDate: end,
        clause: 1,
        recentMonthlySalaries: ['20000000'],
        unemploymentInsuranceMonths: 0,
      }).amount.amount.toString();
    };
    expect(pay(30)).toBe('25000000');
    expect(pay(31)).toBe('30000000');
    expect(pay(24)).toBe('20000000');
  });
  it('not eligible: dismissal clause, under 12 months, pension', () => {
    const base = {
      serviceStart: '2020-01-01',
      terminationDate: '2026-08-31',
      recentMonthlySalaries: salaries,
      unemploymentInsuranceMonths: 0,
    };
    expect(severanceAllowance({ ...base, clause: 8 }).eligible).toBe(false);
    expect(severanceAllowance({ ...base, clause: 3, serviceStart: '2025-12-01' }).eligible).toBe(false);
    expect(severanceAllowance({ ...base, clause: 3, pensionEligible: true }).eligible).toBe(false);
    expect(severanceAllowance({ ...base, clause: 3 }).amount.amount.toString()).toBe('73500000'); // 6 y 8 m → 7 y × ½ × 21 M
  });
  it('bad input names the field', () => {
    expect(
      errorOf(() =>
        severanceAllowance({
          serviceStart: '2020-01-01',
          terminationDate: '2019-01-01',
          clause: 3,
          recentMonthlySalaries: ['1'],
          unemploymentInsuranceMonths: 0,
        }),
      ),
    ).toEqual({ code: 'HR/DATES_OUT_OF_ORDER', path: ['terminationDate'] });
    expect(
      errorOf(() =>
        severanceAllowance({
          serviceStart: '2020-01-01',
          terminationDate: '2021-01-01',
          clause: 3,
          recentMonthlySalaries: [],
          unemploymentInsuranceMonths: 0,
        }),
      ),
    ).toEqual({ code: 'HR/INVALID_SEVERANCE_INPUT', path: ['recentMonthlySalaries'] });
    expect(
      errorOf(() =>
        severanceAllowance({
          serviceStart: '2020-01-01',
          terminationDate: '2021-01-01',
          clause: 3,
          recentMonthlySalaries: ['1'],
          unemploymentInsuranceMonths: -1,
        }),
      ),
    ).toEqual({ code: 'HR/INVALID_SEVERANCE_INPUT', path: ['unemploymentInsuranceMonths'] });
  });
  it('property: the amount never decreases with more service and is a multiple of ¼ month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 433, max: 900 }), fc.integer({ min: 0, max: 900 }), (months, ui) => {
        // service starts 1985-01-01; terminations from 2021 on, when the 2019 Code's rule is in force
        const end = (m: number) => new Date(Date.UTC(1985, m, 0)).toISOString().slice(0, 10);
        const run = (m: number) =>
          severanceAllowance({
            serviceStart: '1985-01-01',
            terminationDate: end(m),
            clause: 2,
            recentMonthlySalaries: ['4000000'],
            unemploymentInsuranceMonths: Math.min(ui, m),
          });
        const a = run(months).amount.amount;
        const b = run(months + 1).amount.amount;
        return b.gte(a) && a.mod(1000000).isZero();
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe('job-loss allowance (Labour Code 2019 Art. 47)', () => {
  it('1 month per year, at least 2 months, only for Art. 34(11)', () => {
    const base = {
      serviceStart: '2025-01-01',
      recentMonthlySalaries: ['20000000'],
      unemploymentInsuranceMonths: 0,
    };
    // 13 months → 1 y + 1 m → 1.5 y → 30 M, raised to the 2-month floor of 40 M
    expect(
      jobLossAllowance({ ...base, terminationDate: '2026-01-31', clause: 11 }).amount.amount.toString(),
    ).toBe('40000000');
    // 43 months → 3 y + 7 m → 4 y → 80 M
    expect(
      jobLossAllowance({
        ...base,
        serviceStart: '2022-07-01',
        terminationDate: '2026-01-31',
        clause: 11,
      }).amount.amount.toString(),
    ).toBe('80000000');
    expect(jobLossAllowance({ ...base, terminationDate: '2026-01-31', clause: 3 }).eligible).toBe(false);
    expect(jobLossAllowance({ ...base, terminationDate: '2025-10-31', clause: 11 }).eligible).toBe(false);
  });
});
