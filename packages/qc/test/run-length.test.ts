import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cusumArl, ewmaArl } from '../src/index.js';

function rHasSpc(): boolean {
  try {
    execFileSync('Rscript', ['-e', 'library(spc)'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasSpc = rHasSpc();

const close = (actual: number, expected: number, rel = 1e-7) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(rel);

describe('CUSUM and EWMA average run lengths', () => {
  it('CUSUM: R spc 0.6.7 xcusum.arl values (k = 0.5) and Montgomery Table 9.3', () => {
    // Rscript -e 'library(spc); xcusum.arl(0.5, 4, 0)' … (values printed with options(digits = 10))
    const upper4 = cusumArl({ k: 0.5, h: 4, sided: 'upper' }, [0, 0.5, 1, 2]).map((p) => p.arl);
    [335.3676, 26.67916243, 8.38320213, 3.342770131].forEach((v, i) => {
      close(upper4[i]!, v, 1e-6);
    });
    const upper5 = cusumArl({ k: 0.5, h: 5, sided: 'upper' }, [0, 0.5, 1, 2]).map((p) => p.arl);
    [930.8870121, 38.00960992, 10.3759753, 4.008871061].forEach((v, i) => {
      close(upper5[i]!, v);
    });
    const two4 = cusumArl({ k: 0.5, h: 4 }, [0, 1]).map((p) => p.arl);
    close(two4[0]!, 167.6837888);
    close(two4[1]!, 8.38313187);
    const two5 = cusumArl({ k: 0.5, h: 5 }, [0, 1]).map((p) => p.arl);
    close(two5[0]!, 465.443506);
    close(two5[1]!, 10.37596992);
    // Montgomery Table 9.3 (printed to 3 significant digits): h = 4 → 168, 8.38; h = 5 → 465, 10.4
    expect([Math.round(two4[0]!), two4[1]!.toFixed(2), Math.round(two5[0]!), two5[1]!.toFixed(1)]).toEqual([
      168,
      '8.38',
      465,
      '10.4',
    ]);
    // fast initial response: head start h/2
    const hs = cusumArl({ k: 0.5, h: 4, headStart: 2, sided: 'upper' }, [0, 1]).map((p) => p.arl);
    close(hs[0]!, 316.3794388);
    close(hs[1]!, 5.291019334);
    // the lower side of a shift is the upper side of the opposite shift
    expect(cusumArl({ k: 0.5, h: 4, sided: 'lower' }, [-1])[0]!.arl).toBeCloseTo(upper4[2]!, 9);
  });

  it('EWMA: R spc 0.6.7 xewma.arl values (two-sided, asymptotic limits) and Montgomery Table 9.11', () => {
    const cases: [number, number, number[]][] = [
      [0.1, 2.814, [499.5795501, 31.2974352, 10.33066516, 4.362253414]],
      [0.2, 2.962, [499.7351222, 41.76439576, 10.5416658, 3.743439061]],
      [0.4, 3.054, [499.9513386, 71.20050201, 14.26276426, 3.521539199]],
    ];
    for (const [lambda, L, expected] of cases) {
      const got = ewmaArl({ lambda, L }, [0, 0.5, 1, 2]).map((p) => p.arl);
      expected.forEach((v, i) => {
        close(got[i]!, v);
      });
    }
    // Montgomery Table 9.11, δ = 1: 10.3 (λ 0.1), 10.5 (λ 0.2), 14.3 (λ 0.4)
    expect(cases.map(([lambda, L]) => ewmaArl({ lambda, L }, [1])[0]!.arl.toFixed(1))).toEqual([
      '10.3',
      '10.5',
      '14.3',
    ]);
    // λ = 1 is a Shewhart chart: ARL = 1/(1 − β) with 3σ limits
    close(ewmaArl({ lambda: 1, L: 3 }, [0])[0]!.arl, 370.3983473, 1e-6);
  });

  it('run lengths shorten as the shift grows and lengthen with wider limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.double({ min: 2, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (k, h, shift) => {
          const [a, b] = cusumArl({ k, h }, [shift, shift + 0.5]).map((p) => p.arl);
          expect(b!).toBeLessThan(a!);
          expect(cusumArl({ k, h: h + 0.5 }, [shift])[0]!.arl).toBeGreaterThan(a!);
          // symmetric: a shift down has the ARL of the same shift up
          expect(cusumArl({ k, h }, [-shift])[0]!.arl).toBeCloseTo(a!, 6);
        },
      ),
      { numRuns: 40, seed: 51 },
    );
  });

  it.skipIf(!hasSpc)('agrees with R spc on random designs (run only where R and spc are installed)', () => {
    const designs: [number, number, number][] = [
      [0.25, 3.5, 0.7],
      [0.75, 2.5, 1.3],
      [0.5, 6, 0.2],
    ];
    for (const [k, h, mu] of designs) {
      const out = execFileSync('Rscript', [
        '-e',
        `library(spc); options(digits=12); cat(xcusum.arl(${k}, ${h}, ${mu}), xewma.arl(${k}, ${h - 0.5}, ${mu}, sided="two"))`,
      ]).toString();
      const [c, e] = out.trim().split(/\s+/).map(Number);
      close(cusumArl({ k, h, sided: 'upper' }, [mu])[0]!.arl, c!, 1e-6);
      close(ewmaArl({ lambda: k, L: h - 0.5 }, [mu])[0]!.arl, e!, 1e-6);
    }
  });

  it('names a bad parameter', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as { code: string }).code, (e as { path: unknown }).path];
      }
      return undefined;
    };
    expect(err(() => cusumArl({ h: 0 }, [0]))).toEqual(['QC/INVALID_PARAMETER', ['h']]);
    expect(err(() => cusumArl({ h: 4, headStart: 4 }, [0]))).toEqual(['QC/INVALID_PARAMETER', ['headStart']]);
    expect(err(() => cusumArl({ h: 4, k: -1 }, [0]))).toEqual(['QC/INVALID_PARAMETER', ['k']]);
    expect(err(() => ewmaArl({ lambda: 0, L: 3 }, [0]))).toEqual(['QC/INVALID_PARAMETER', ['lambda']]);
    expect(err(() => ewmaArl({ lambda: 0.2, L: 3 }, [0, Number.NaN]))).toEqual([
      'QC/INVALID_PARAMETER',
      ['shifts', 1],
    ]);
  });
});
