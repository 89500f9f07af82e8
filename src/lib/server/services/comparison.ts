import { changeSince, highlights, type Comparison } from '../../domain/comparison/compare';
import { bandOf } from '../../domain/comparison/groups';
import { bandsFor } from '../../domain/comparison/bands';
import {
	compareGroup,
	countSynthetic,
	dimensionMeans,
	factValues,
	groupMembers,
	measureMix
} from '../../domain/comparison/peer-columns';
import { factMedian } from '../../domain/context-facts';
import { peerMatcher, pickList } from '../../domain/comparison/peer-search';
import { rankingWindow, type RankingRow } from '../../domain/comparison/ranking';
import type { GroupKind } from '../../domain/comparison/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { isPublished } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { areaViews, ownSide, roundHistory } from './comparison-own';
import { roundFacts } from './context-facts';
import { cachedSample, peerIndexOf, viewerPeers } from './peer-cache';
import { roundView } from './round-view';

/** Rows per page of the ranking, and at most this many search results in the peer picker. */
export const RANKING_PAGE_SIZE = 25;
export const PICKER_LIMIT = 50;

/** Without enough answers a rank means nothing: every summary then shows none. */
function withoutRanks(c: Comparison, ranked: boolean): Comparison {
	if (ranked) return c;
	const strip = (s: Comparison['overall']) => ({ ...s, rank: null });
	return {
		overall: strip(c.overall),
		areas: Object.fromEntries(Object.entries(c.areas).map(([k, s]) => [k, strip(s)]))
	};
}

/** The parts of the page a link or form chooses besides the group: the ranking's page, the picker's search. */
export interface CompareView {
	rankPage?: number;
	q?: string;
}

const SHOWN_GROUPS = ['all', 'population', 'diversity', 'similar'] as const;

/**
 * Everything the compare page shows, computed on the server from the cached peer sample. The page gets
 * one page of the ranking and the picker's matches, never every peer: at 10,000 peers it stays small.
 */
export function comparePage(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	kind: GroupKind,
	customIds: ReadonlySet<string>,
	view: CompareView = {}
) {
	const side = ownSide(db, questionnaires, user, roundId);
	const { round, questionnaire, municipality, scores, own } = side;
	const sample = cachedSample(db, questionnaire);
	const cols = sample.columns;
	// An anonymous peer's real id never reaches the browser: it has an opaque id in this round's comparisons.
	const viewer = viewerPeers(db, sample, round.id, municipality.id);
	const bands = bandsFor(questionnaire.framework.peer_bands, municipality.country);
	const settings = questionnaire.framework.comparison;
	// Too few answers make a rank and a list of strongest areas say more about what is missing than about
	// the municipality; the page explains why they are left out.
	const ranked = scores.completeness.percent >= settings.min_completeness;
	const areaCodes = questionnaire.areas.map((a) => a.code);

	// Only ids of this comparison count, and only they go back, not whatever the query held.
	const custom = new Map<number, string>();
	for (const id of customIds) {
		const i = peerIndexOf(sample, viewer, id);
		if (i !== undefined) custom.set(i, id);
	}
	const customSet = new Set(custom.keys());
	const members = (k: GroupKind) =>
		groupMembers(cols, own, k, bands, viewer.exclude, customSet, settings.similar_count);
	// Each group's statistics once: the chosen group reuses the comparison the bar chart needs anyway.
	const groups = new Map<GroupKind, Uint32Array>(SHOWN_GROUPS.map((k) => [k, members(k)]));
	const compared = (g: Uint32Array) => withoutRanks(compareGroup(own, cols, g, areaCodes), ranked);
	const byGroup = Object.fromEntries(SHOWN_GROUPS.map((k) => [k, compared(groups.get(k)!)])) as Record<
		(typeof SHOWN_GROUPS)[number],
		Comparison
	>;
	const group = groups.get(kind) ?? members(kind);
	const selected = (byGroup as Partial<Record<GroupKind, Comparison>>)[kind] ?? compared(group);

	const history = roundHistory(db, side, questionnaires);
	const previous = history.filter((h) => h.year < round.year).at(-1) ?? null;
	const label = (i: number) => ({ name: cols.names[i] ?? null, letter: viewer.letters[i] ?? null });

	const { rows, near, ...rankingPage } = rankingWindow(
		cols.overall.values,
		cols.byOverall,
		group,
		own.overall,
		view.rankPage ?? 1,
		RANKING_PAGE_SIZE
	);
	const rankingRow = (near: boolean) => (r: RankingRow) =>
		r.peer < 0
			? {
					id: own.id,
					name: municipality.name,
					letter: null,
					isOwn: true,
					overall: own.overall,
					synthetic: false,
					kind: 'own' as const,
					country: municipality.country as string | null,
					rank: r.rank,
					position: r.position,
					near
				}
			: {
					id: viewer.ids[r.peer]!,
					...label(r.peer),
					isOwn: false,
					overall: cols.overall.values[r.peer]! as number | null,
					synthetic: cols.synthetic[r.peer] === 1,
					kind: cols.published[r.peer] ? ('published' as const) : ('reference' as const),
					country: cols.names[r.peer] === null ? null : cols.countries[r.peer]!,
					rank: r.rank,
					position: r.position,
					near
				};

	const q = (view.q ?? '').trim();
	const match = peerMatcher(q);
	const picked = pickList(
		viewer.pickOrder,
		(i) => match(cols.names[i] ?? null, viewer.letters[i] ?? null),
		customSet,
		PICKER_LIMIT
	);

	return {
		round: roundView(round),
		municipality: { name: municipality.name, isDemo: municipality.isDemo, country: municipality.country },
		provisional: !isPublished(round.status),
		kind,
		bands: {
			population: bandOf(own.population, bands.population)?.label ?? null,
			diversity: bandOf(own.diversityShare, bands.diversity)?.label ?? null
		},
		similarCount: settings.similar_count,
		diversityMeasure: round.diversityMeasure,
		measureMix: measureMix(cols, group, round.diversityMeasure),
		completeness: { percent: scores.completeness.percent, required: settings.min_completeness, ranked },
		areas: areaViews(questionnaire),
		own: { overall: own.overall, areas: own.areas, dimensions: scores.dimensions },
		selected,
		groupSize: group.length,
		syntheticInGroup: countSynthetic(cols, group),
		byGroup,
		dimensionMeans: dimensionMeans(cols, group),
		ranking: ranked ? [...rows.map(rankingRow(false)), ...near.map(rankingRow(true))] : [],
		rankingPage,
		highlights: ranked
			? { strongest: highlights(selected).strongest, gaps: highlights(byGroup.population).gaps }
			: { strongest: [], gaps: [] },
		history,
		change: changeSince({ overall: own.overall, areas: own.areas }, previous, areaCodes),
		/** Areas whose questions changed since the previous round's questionnaire version. */
		notComparable: previous?.notComparable ?? [],
		pickable: picked.listed.map((i) => ({
			id: viewer.ids[i]!,
			...label(i),
			synthetic: cols.synthetic[i] === 1
		})),
		picker: { q, matching: picked.matching, limit: PICKER_LIMIT },
		customIds: [...custom.values()],
		facts: roundFacts(db, questionnaire, round.id).map((f) => ({
			...f,
			peers: factMedian(factValues(cols, group, f.code))
		}))
	};
}
