import type { ProcessEstimate } from './control-chart.js';
import { individualsChart } from './individuals-chart.js';
import type { Subgroups } from './internal.js';
import { xbarRChart } from './xbar-r-chart.js';

/**
 * Reduces subgroups or individual values to a series of points with their sizes, and the estimate the
 * matching Shewhart chart would use (X̄–R for subgroups, I-MR for individuals). @internal
 */
export function seriesOf(
  data: Subgroups | readonly number[],
  exclude: readonly number[] | undefined,
): { values: Float64Array; sizes: Float64Array; estimate: ProcessEstimate } {
  const individual = Array.isArray(data) && (data.length === 0 || typeof data[0] === 'number');
  if (individual) {
    const { individuals, estimate } = individualsChart(
      data as readonly number[],
      exclude ? { exclude } : undefined,
    );
    return { values: individuals.statistics, sizes: individuals.sizes, estimate };
  }
  const { xbar, estimate } = xbarRChart(data as Subgroups, exclude ? { exclude } : undefined);
  return { values: xbar.statistics, sizes: xbar.sizes, estimate };
}
