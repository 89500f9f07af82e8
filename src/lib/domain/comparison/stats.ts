import { roundScore } from '../scoring/round';
import type { Summary } from './types';

/**
 * One series of peer values, sorted once: every figure of a group (mean, median, quartiles, min, max,
 * rank, n) is read from it, so a page with 19 series and four groups sorts each series once, not per figure.
 */
export interface Series {
	/** The finite values, ascending. */
	sorted: Float64Array;
	/** Their sum in the peers' own order, not the sorted one, so the mean is bit for bit what it always was. */
	sum: number;
}

/** The series of these values; missing (null) and non-finite ones are left out. */
export function seriesOf(values: ArrayLike<number | null>): Series {
	let count = 0;
	for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count++;
	const sorted = new Float64Array(count);
	let sum = 0;
	for (let i = 0, k = 0; i < values.length; i++) {
		const v = values[i];
		if (typeof v === 'number' && Number.isFinite(v)) {
			sorted[k++] = v;
			sum += v;
		}
	}
	// Ascending as (a, b) => a - b orders them, stably: −0 and 0 are equal and keep their order, as in
	// ascendingOrder and the statistics as first written (the default sort would put every −0 first).
	sorted.sort((a, b) => a - b);
	return { sorted, sum };
}

/** Indices of the finite values, ascending by value (equal ones by index): the one sort of a column. */
export function ascendingOrder(values: Float64Array): Uint32Array {
	const order = [...values.keys()].filter((i) => Number.isFinite(values[i]));
	return Uint32Array.from(order.sort((a, b) => values[a]! - values[b]! || a - b));
}

/**
 * The series of a group's values from a column sorted in advance: the group's part of the order is
 * already sorted, so no request sorts. `inGroup` flags the members; `members` lists them in sample order.
 */
export function seriesIn(
	values: Float64Array,
	ascending: Uint32Array,
	inGroup: Uint8Array,
	members: Uint32Array
): Series {
	let sum = 0;
	let count = 0;
	for (let k = 0; k < members.length; k++) {
		const v = values[members[k]!]!;
		if (Number.isFinite(v)) {
			sum += v;
			count++;
		}
	}
	const sorted = new Float64Array(count);
	for (let k = 0, n = 0; n < count; k++) {
		const i = ascending[k]!;
		if (inGroup[i]) sorted[n++] = values[i]!;
	}
	return { sorted, sum };
}

/**
 * The p-quantile (0 ≤ p ≤ 1) by linear interpolation between the closest ranks (Hyndman–Fan type 7, as
 * spreadsheets compute it): p = 0.5 is the median, the mean of the two middle values for an even count.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
	if (sorted.length === 0) return null;
	const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
	const lo = Math.floor(h);
	const frac = h - lo;
	const a = sorted[lo]!;
	if (frac === 0) return a;
	const b = sorted[lo + 1]!;
	// Halfway (the median of an even count) exactly as it has always been computed. Not a/2 + b/2:
	// halving a subnormal value rounds, so that can differ in the last bit, and a median that rounds
	// to zero would then come out as −0 where (a + b) / 2 gives 0.
	if (frac === 0.5) return (a + b) / 2;
	// a itself for a tie, and clamped so that rounding never takes it outside [a, b] (a·(1 − frac) + b·frac
	// could: for a = b it may come out one bit above or below them).
	return Math.min(b, Math.max(a, a + frac * (b - a)));
}

/** How many values are strictly greater than x: equal scores share a rank, so ties do not count. */
export function countAbove(sorted: ArrayLike<number>, x: number): number {
	if (Number.isNaN(x)) return 0;
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return sorted.length - lo;
}

/** The peers' statistics and the municipality's place among them; the mean etc. exclude it. */
export function summarizeSeries(own: number | null, { sorted, sum }: Series): Summary {
	const n = sorted.length + (own === null ? 0 : 1);
	if (sorted.length === 0) {
		return {
			own,
			n,
			mean: null,
			median: null,
			min: null,
			max: null,
			rank: own === null ? null : 1,
			gap: null
		};
	}
	const mean = sum / sorted.length;
	return {
		own,
		n,
		mean: roundScore(mean),
		median: roundScore(quantile(sorted, 0.5)!),
		min: sorted[0]!,
		max: sorted[sorted.length - 1]!,
		rank: own === null ? null : 1 + countAbove(sorted, own),
		gap: own === null ? null : roundScore(own - mean)
	};
}

/** Statistics of the peers' values and the municipality's place among them; the mean etc. exclude it. */
export function summarize(own: number | null, peerValues: ReadonlyArray<number | null>): Summary {
	return summarizeSeries(own, seriesOf(peerValues));
}
