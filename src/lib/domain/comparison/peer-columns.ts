import { DIMENSIONS, type Dimension } from '../questionnaire/schema';
import { roundScore } from '../scoring/round';
import type { Comparison } from './compare';
import type { Band } from '../questionnaire/schema';
import { bandOf, type Bands } from './groups';
import { mostSimilar } from './similar';
import { ascendingOrder, seriesIn, summarizeSeries } from './stats';
import type { DiversityMeasure, GroupKind, PeerResult, ScoredEntity } from './types';

/** One score of every peer (NaN where a peer has none), with its order sorted once, when built. */
export interface ScoreColumn {
	values: Float64Array;
	/** Indices of the peers that have the score, ascending by it. */
	ascending: Uint32Array;
}

/**
 * The peer sample in columns: a typed array per score and small arrays of what groups and labels need.
 * Built once per questionnaire and read by every request, so a request neither parses JSON nor creates
 * an object per peer, and sorts nothing.
 */
export interface PeerColumns {
	size: number;
	/** Real ids ("m:…", "r:…"): server-side only, anonymous peers are shown by pseudonym. */
	ids: readonly string[];
	/** Null when the municipality published anonymously. */
	names: readonly (string | null)[];
	countries: readonly string[];
	synthetic: Uint8Array;
	/** 1 for a round published in this app, 0 for an imported reference result. */
	published: Uint8Array;
	population: Float64Array;
	diversityShare: Float64Array;
	/** What each peer's share counts; null where a reference result does not say. */
	diversityMeasure: readonly (DiversityMeasure | null)[];
	overall: ScoreColumn;
	areas: ReadonlyMap<string, ScoreColumn>;
	/** Only results published in this app have dimension scores: NaN for imported ones. */
	dimensions: Readonly<Record<Dimension, Float64Array>>;
	/** Each context fact's values by peer, NaN where a peer has none (only published rounds have them). */
	facts: ReadonlyMap<string, Float64Array>;
	/** Peers with an overall index, best first; equal scores in sample order, as a stable sort leaves them. */
	byOverall: Uint32Array;
}

const num = (v: number | null | undefined) => (typeof v === 'number' ? v : NaN);

export function toColumns(peers: readonly PeerResult[], areaCodes: readonly string[]): PeerColumns {
	const size = peers.length;
	const values = (value: (p: PeerResult) => number | null | undefined) =>
		Float64Array.from(peers, (p) => num(value(p)));
	const column = (value: (p: PeerResult) => number | null | undefined): ScoreColumn => {
		const v = values(value);
		return { values: v, ascending: ascendingOrder(v) };
	};
	const overall = column((p) => p.overall);
	const best = (a: number, b: number) => overall.values[b]! - overall.values[a]! || a - b;
	return {
		size,
		ids: peers.map((p) => p.id),
		names: peers.map((p) => p.name),
		countries: peers.map((p) => p.country),
		synthetic: Uint8Array.from(peers, (p) => (p.synthetic ? 1 : 0)),
		published: Uint8Array.from(peers, (p) => (p.kind === 'published' ? 1 : 0)),
		population: Float64Array.from(peers, (p) => p.population),
		diversityShare: Float64Array.from(peers, (p) => p.diversityShare),
		diversityMeasure: peers.map((p) => p.diversityMeasure ?? null),
		overall,
		areas: new Map(areaCodes.map((code) => [code, column((p) => p.areas[code])])),
		dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, values((p) => p.dimensions?.[d])])) as Record<
			Dimension,
			Float64Array
		>,
		facts: new Map(
			[...new Set(peers.flatMap((p) => Object.keys(p.facts ?? {})))].map((code) => [
				code,
				values((p) => p.facts?.[code])
			])
		),
		byOverall: Uint32Array.from([...overall.ascending].sort(best))
	};
}

/** Whether a value lies in the band: its lower limit inclusive, its upper one exclusive, as bandOf. */
const inBand = (value: number, band: Band | undefined) =>
	band !== undefined && value >= band.min && (band.max === undefined || value < band.max);

/**
 * The sample indices, ascending, of the chosen comparison group: like selectGroup, with `exclude` (the
 * viewer's own entry, −1 for none) left out and `custom` the indices of a hand-picked group. `bands` are
 * those of the viewer's country (bandsFor). The diversity group holds only peers whose share counts the
 * same thing as the viewer's (or does not say what it counts): foreign-born and foreign-language shares
 * differ by several points in the same city.
 */
export function groupMembers(
	cols: PeerColumns,
	own: Pick<ScoredEntity, 'population' | 'diversityShare' | 'country' | 'diversityMeasure'>,
	kind: GroupKind,
	bands: Bands,
	exclude = -1,
	custom: ReadonlySet<number> = new Set(),
	similarCount = 10
): Uint32Array {
	if (kind === 'similar') return mostSimilar(cols, own, similarCount, exclude);
	const population = bandOf(own.population, bands.population);
	const diversity = bandOf(own.diversityShare, bands.diversity);
	const measure = own.diversityMeasure ?? null;
	const keep: Record<Exclude<GroupKind, 'similar'>, (i: number) => boolean> = {
		all: () => true,
		population: (i) => inBand(cols.population[i]!, population),
		diversity: (i) =>
			inBand(cols.diversityShare[i]!, diversity) &&
			(measure === null || cols.diversityMeasure[i] === null || cols.diversityMeasure[i] === measure),
		country: (i) => cols.countries[i] === own.country,
		custom: (i) => custom.has(i)
	};
	const test = keep[kind];
	const out = new Uint32Array(cols.size);
	let n = 0;
	for (let i = 0; i < cols.size; i++) if (i !== exclude && test(i)) out[n++] = i;
	return out.slice(0, n);
}

/** How many of the group count their diversity share otherwise than the viewer, or do not say. */
export function measureMix(
	cols: PeerColumns,
	members: Uint32Array,
	measure: DiversityMeasure | null | undefined
): { other: number; unknown: number } {
	let other = 0;
	let unknown = 0;
	for (let k = 0; k < members.length; k++) {
		const m = cols.diversityMeasure[members[k]!];
		if (m === null || m === undefined) unknown++;
		else if (measure && m !== measure) other++;
	}
	return { other, unknown };
}

/** Own score against the group per area and overall, read from the sorted columns: the same as compare(). */
export function compareGroup(
	own: Pick<ScoredEntity, 'overall' | 'areas'>,
	cols: PeerColumns,
	members: Uint32Array,
	areaCodes: readonly string[]
): Comparison {
	const inGroup = new Uint8Array(cols.size);
	for (let k = 0; k < members.length; k++) inGroup[members[k]!] = 1;
	const series = (column: ScoreColumn | undefined) =>
		column
			? seriesIn(column.values, column.ascending, inGroup, members)
			: { sorted: new Float64Array(0), sum: 0 };
	return {
		overall: summarizeSeries(own.overall, series(cols.overall)),
		areas: Object.fromEntries(
			areaCodes.map((code) => [code, summarizeSeries(own.areas[code] ?? null, series(cols.areas.get(code)))])
		)
	};
}

/** The mean of each dimension over the group's peers that have that score (published ones). */
export function dimensionMeans(cols: PeerColumns, members: Uint32Array): Record<Dimension, number | null> {
	return Object.fromEntries(
		DIMENSIONS.map((d) => {
			const column = cols.dimensions[d];
			let sum = 0;
			let n = 0;
			for (let k = 0; k < members.length; k++) {
				const v = column[members[k]!]!;
				if (!Number.isNaN(v)) {
					sum += v;
					n++;
				}
			}
			return [d, n ? roundScore(sum / n) : null];
		})
	) as Record<Dimension, number | null>;
}

export function countSynthetic(cols: PeerColumns, members: Uint32Array): number {
	let n = 0;
	for (let k = 0; k < members.length; k++) n += cols.synthetic[members[k]!]!;
	return n;
}

/** The group's values of one context fact, for its median beside the municipality's own figure. */
export function factValues(cols: PeerColumns, members: Uint32Array, code: string): number[] {
	const column = cols.facts.get(code);
	if (!column) return [];
	const out: number[] = [];
	for (let k = 0; k < members.length; k++) {
		const v = column[members[k]!]!;
		if (!Number.isNaN(v)) out.push(v);
	}
	return out;
}
