import { summarize } from './stats';
import type { PeerResult, ScoredEntity, Summary } from './types';

export interface Comparison {
	overall: Summary;
	areas: Record<string, Summary>;
}

/** Own score against the group per area and overall; a peer missing an area is left out of that area only. */
export function compare(
	own: ScoredEntity,
	group: readonly PeerResult[],
	areaCodes: readonly string[]
): Comparison {
	return {
		overall: summarize(
			own.overall,
			group.map((p) => p.overall)
		),
		areas: Object.fromEntries(
			areaCodes.map((code) => [
				code,
				summarize(
					own.areas[code] ?? null,
					group.map((p) => p.areas[code] ?? null)
				)
			])
		)
	};
}

/** Change of each score since the previous round; null where either round lacks it. */
export function changeSince(
	current: Pick<ScoredEntity, 'overall' | 'areas'>,
	previous: Pick<ScoredEntity, 'overall' | 'areas'> | null,
	areaCodes: readonly string[]
) {
	const diff = (a: number | null | undefined, b: number | null | undefined) =>
		a === null || a === undefined || b === null || b === undefined ? null : Math.round((a - b) * 10) / 10;
	return {
		overall: previous ? diff(current.overall, previous.overall) : null,
		areas: Object.fromEntries(
			areaCodes.map((c) => [c, previous ? diff(current.areas[c], previous.areas[c]) : null])
		)
	};
}

/** The strongest areas and the largest shortfalls against a group, for the page's plain-language summary. */
export function highlights(comparison: Comparison, count = 3) {
	const entries = Object.entries(comparison.areas);
	const strongest = entries
		.filter(([, s]) => s.own !== null)
		.sort((a, b) => b[1].own! - a[1].own!)
		.slice(0, count)
		.map(([code, s]) => ({ code, score: s.own! }));
	const gaps = entries
		.filter(([, s]) => s.gap !== null && s.gap < 0)
		.sort((a, b) => a[1].gap! - b[1].gap!)
		.slice(0, count)
		.map(([code, s]) => ({ code, gap: s.gap!, mean: s.mean! }));
	return { strongest, gaps };
}
