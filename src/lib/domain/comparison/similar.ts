import type { PeerColumns } from './peer-columns';
import type { ScoredEntity } from './types';

/**
 * How far a peer is from the municipality: the difference of the populations' base-10 logarithms plus
 * the difference of the diversity shares in tens of percentage points. So a town of 10,000 is as far
 * from one of 100,000 as a share of 5 % is from one of 15 %: size matters by ratio, not by head count.
 */
export function similarity(
	a: { population: number; diversityShare: number },
	b: { population: number; diversityShare: number }
): number {
	const log = (n: number) => Math.log10(Math.max(n, 1));
	return Math.abs(log(a.population) - log(b.population)) + Math.abs(a.diversityShare - b.diversityShare) / 10;
}

/**
 * The `count` peers nearest to the municipality by similarity(), as ascending sample indices; of peers
 * equally far, those with the smaller id come first, so the group does not depend on the sample's order.
 */
export function mostSimilar(
	cols: PeerColumns,
	own: Pick<ScoredEntity, 'population' | 'diversityShare'>,
	count: number,
	exclude = -1
): Uint32Array {
	const candidates: Array<{ i: number; d: number }> = [];
	for (let i = 0; i < cols.size; i++) {
		if (i === exclude) continue;
		const d = similarity(own, { population: cols.population[i]!, diversityShare: cols.diversityShare[i]! });
		candidates.push({ i, d });
	}
	candidates.sort((x, y) => x.d - y.d || (cols.ids[x.i]! < cols.ids[y.i]! ? -1 : 1));
	return Uint32Array.from(candidates.slice(0, count).map((c) => c.i)).sort();
}
