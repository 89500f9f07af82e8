import type { Band } from '../questionnaire/schema';
import { similarity } from './similar';
import type { GroupKind, PeerResult, ScoredEntity } from './types';

/** The band a value falls in: a lower limit belongs to its band, an upper limit to the next. */
export function bandOf(value: number, bands: readonly Band[]): Band | undefined {
	return bands.find((b) => value >= b.min && (b.max === undefined || value < b.max));
}

export interface Bands {
	population: readonly Band[];
	diversity: readonly Band[];
}

/**
 * The peers that form the chosen comparison group for this municipality (never itself); `bands` are
 * those of its country (bandsFor). The plain definition; pages use the columnar groupMembers.
 */
export function selectGroup(
	own: ScoredEntity,
	peers: readonly PeerResult[],
	kind: GroupKind,
	bands: Bands,
	customIds: ReadonlySet<string> = new Set(),
	similarCount = 10
): PeerResult[] {
	const others = peers.filter((p) => p.id !== own.id);
	switch (kind) {
		case 'all':
			return others;
		case 'population': {
			const band = bandOf(own.population, bands.population);
			return others.filter((p) => bandOf(p.population, bands.population) === band && band);
		}
		case 'diversity': {
			const band = bandOf(own.diversityShare, bands.diversity);
			const sameMeasure = (p: PeerResult) =>
				!own.diversityMeasure || !p.diversityMeasure || p.diversityMeasure === own.diversityMeasure;
			return others.filter(
				(p) => band && bandOf(p.diversityShare, bands.diversity) === band && sameMeasure(p)
			);
		}
		case 'similar':
			return others
				.map((p) => ({ p, d: similarity(own, p) }))
				.sort((a, b) => a.d - b.d || (a.p.id < b.p.id ? -1 : 1))
				.slice(0, similarCount)
				.map((x) => x.p);
		case 'country':
			return others.filter((p) => p.country === own.country);
		case 'custom':
			return others.filter((p) => customIds.has(p.id));
	}
}

/** "Municipality A", "B", … "Z", "AA", …: assigned by id, which says nothing about the municipality. */
export function anonymousLabels(ids: readonly string[]): Map<string, string> {
	const letters = (i: number): string =>
		i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + letters(i % 26);
	return new Map([...ids].sort().map((id, i) => [id, letters(i)]));
}
