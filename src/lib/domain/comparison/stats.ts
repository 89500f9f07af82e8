import { roundScore } from '../scoring/round';
import type { Summary } from './types';

/** Statistics of the peers' values and the municipality's place among them; the mean etc. exclude it. */
export function summarize(own: number | null, peerValues: ReadonlyArray<number | null>): Summary {
	const values = peerValues.filter((v): v is number => v !== null && Number.isFinite(v));
	const sorted = [...values].sort((a, b) => a - b);
	const n = values.length + (own === null ? 0 : 1);
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
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return {
		own,
		n,
		mean: roundScore(mean),
		median: roundScore(median),
		min: sorted[0]!,
		max: sorted.at(-1)!,
		rank: own === null ? null : 1 + values.filter((v) => v > own).length,
		gap: own === null ? null : roundScore(own - mean)
	};
}
