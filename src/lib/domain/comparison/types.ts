import type { Dimension } from '../questionnaire/schema';

/** One municipality's scores as the comparison sees them; null where a score is missing. */
export type DiversityMeasure = 'foreign_born' | 'foreign_language';

export interface ScoredEntity {
	id: string;
	country: string;
	population: number;
	diversityShare: number;
	/** What the share counts; null when a reference result does not say. */
	diversityMeasure?: DiversityMeasure | null;
	overall: number | null;
	areas: Record<string, number | null>;
	dimensions?: Partial<Record<Dimension, number | null>>;
}

export interface PeerResult extends ScoredEntity {
	/** The name to show, or null when the municipality published anonymously. */
	name: string | null;
	year: number;
	kind: 'published' | 'reference';
	/** Context facts (question code to number) of a round published in this app; none for imported ones. */
	facts?: Readonly<Record<string, number>>;
	synthetic: boolean;
	source: string;
}

export type GroupKind = 'all' | 'population' | 'diversity' | 'similar' | 'country' | 'custom';
export const GROUP_KINDS: GroupKind[] = ['all', 'population', 'diversity', 'similar', 'country', 'custom'];

export interface Summary {
	own: number | null;
	/** Peers with a value, plus the municipality itself when it has one. */
	n: number;
	mean: number | null;
	median: number | null;
	min: number | null;
	max: number | null;
	/** 1 + the number of peers scoring strictly higher; equal scores share a rank. */
	rank: number | null;
	/** own − mean, one decimal. */
	gap: number | null;
}
