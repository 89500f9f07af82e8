import type { Band } from '../questionnaire/schema';
import type { GroupKind, PeerResult, ScoredEntity } from './types';

/** The band a value falls in: a lower limit belongs to its band, an upper limit to the next. */
export function bandOf(value: number, bands: readonly Band[]): Band | undefined {
	return bands.find((b) => value >= b.min && (b.max === undefined || value < b.max));
}

export interface Bands {
	population: readonly Band[];
	diversity: readonly Band[];
}

/** The peers that form the chosen comparison group for this municipality (never itself). */
export function selectGroup(
	own: ScoredEntity,
	peers: readonly PeerResult[],
	kind: GroupKind,
	bands: Bands,
	customIds: ReadonlySet<string> = new Set()
): PeerResult[] {
	const others = peers.filter((p) => p.id !== own.id);
	switch (kind) {
		case 'all':
			return others;
		case 'population': {
			const band = bandOf(own.population, bands.population);
			return others.filter((p) => bandOf(p.population, bands.population) === band);
		}
		case 'diversity': {
			const band = bandOf(own.diversityShare, bands.diversity);
			return others.filter((p) => bandOf(p.diversityShare, bands.diversity) === band);
		}
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
