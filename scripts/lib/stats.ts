// Summaries of benchmark samples, one definition for every bench: the median is the middle value, or the mean
// of the two middle values for an even count; NaN for no samples.
import { seededRandom } from './random';

/** The value below which a share `q` (0 to 1) of the samples lie, interpolating between neighbours. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** A bootstrap interval (5th to 95th percentile) of the median of `xs`, from seeded resamples. */
export function medianInterval(xs: readonly number[], resamples = 2000): [number, number] {
  const next = seededRandom(12345);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) medians.push(median(xs.map(() => xs[Math.floor(next() * xs.length)]!)));
  return [quantile(medians, 0.05), quantile(medians, 0.95)];
}
