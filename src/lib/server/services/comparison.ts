import { and, asc, eq } from 'drizzle-orm';
import { changeSince, compare, highlights, type Comparison } from '../../domain/comparison/compare';
import { anonymousLabels, bandOf, selectGroup } from '../../domain/comparison/groups';
import type { GroupKind, PeerResult, ScoredEntity } from '../../domain/comparison/types';
import { DIMENSIONS, type Questionnaire } from '../../domain/questionnaire/schema';
import { isPublished } from '../../domain/round-status';
import { roundScore, type ScoreResult } from '../../domain/scoring';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { assessmentRounds, municipalities } from '../db/schema';
import { peerPseudonyms } from './peer-pseudonyms';
import { peerSample } from './peer-sample';
import { roundScores } from './round-scores';
import { roundFor } from './round-access';
import { frozenScoresSchema } from '../../domain/stored/score-schemas';
import { readJsonColumn } from '../db/json-column';
import { roundView } from './round-view';

const toEntity = (
	id: string,
	m: { country: string; population: number; diversityShare: number },
	s: ScoreResult
): ScoredEntity => ({
	id,
	country: m.country,
	population: m.population,
	diversityShare: m.diversityShare,
	overall: s.overall,
	areas: Object.fromEntries(Object.entries(s.areas).map(([c, a]) => [c, a.score])),
	dimensions: s.dimensions
});

const collator = new Intl.Collator('fi');

/** Everything the compare page shows, computed on the server from the peer sample. */
export function comparePage(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	kind: GroupKind,
	customIds: ReadonlySet<string>
) {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'read_results');
	const municipality = db
		.select()
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	const ownScores = roundScores(db, questionnaire, round);
	const own = toEntity(
		`m:${municipality.id}`,
		{ country: municipality.country, population: round.population, diversityShare: round.diversityShare },
		ownScores
	);
	// An anonymous peer's real id never reaches the browser: it has an opaque id in this round's comparisons.
	const pseudonym = peerPseudonyms(db, round.id);
	const peers = peerSample(db, questionnaire.framework.id, municipality.id).map((p) =>
		p.name === null ? { ...p, id: pseudonym(p.id) } : p
	);
	const peerIds = new Set(peers.map((p) => p.id));
	const bands = questionnaire.framework.peer_bands;
	const areaCodes = questionnaire.areas.map((a) => a.code);
	const group = selectGroup(own, peers, kind, bands, customIds);
	const byGroup = Object.fromEntries(
		(['all', 'population', 'diversity'] as const).map((k) => [
			k,
			compare(own, selectGroup(own, peers, k, bands), areaCodes)
		])
	) as Record<'all' | 'population' | 'diversity', Comparison>;
	const letters = anonymousLabels(peers.filter((p) => p.name === null).map((p) => p.id));
	const label = (p: PeerResult) => ({ name: p.name, letter: p.name === null ? letters.get(p.id)! : null });

	const withDimensions = group.filter((p) => p.dimensions);
	const dimensionMeans = Object.fromEntries(
		DIMENSIONS.map((d) => {
			const values = withDimensions
				.map((p) => p.dimensions?.[d])
				.filter((v): v is number => typeof v === 'number');
			return [d, values.length ? roundScore(values.reduce((s, v) => s + v, 0) / values.length) : null];
		})
	);

	const history = db
		.select({
			id: assessmentRounds.id,
			year: assessmentRounds.year,
			status: assessmentRounds.status,
			frozen: assessmentRounds.frozenScores
		})
		.from(assessmentRounds)
		.where(
			and(
				eq(assessmentRounds.municipalityId, municipality.id),
				eq(assessmentRounds.questionnaireId, questionnaire.framework.id)
			)
		)
		.orderBy(asc(assessmentRounds.year))
		.all()
		.filter((r) => r.id === roundId || (isPublished(r.status) && r.frozen))
		.map((r) => {
			const s =
				r.id === roundId ? ownScores : readJsonColumn(frozenScoresSchema, r.frozen!, 'frozen_scores').scores;
			return {
				year: r.year,
				current: r.id === roundId,
				overall: s.overall,
				areas: Object.fromEntries(Object.entries(s.areas).map(([c, a]) => [c, a.score]))
			};
		});
	const previous = history.filter((h) => h.year < round.year).at(-1) ?? null;

	const selected = compare(own, group, areaCodes);
	const ranking = [
		{
			id: own.id,
			name: municipality.name,
			letter: null,
			isOwn: true,
			overall: own.overall,
			synthetic: false,
			kind: 'own' as const,
			country: municipality.country
		},
		...group.map((p) => ({
			id: p.id,
			...label(p),
			isOwn: false,
			overall: p.overall,
			synthetic: p.synthetic,
			kind: p.kind,
			country: p.name === null ? null : p.country
		}))
	]
		.filter((r) => r.overall !== null)
		.sort((a, b) => b.overall! - a.overall!);
	// Sorted best first: equal scores share the rank of the first of them.
	let rank = 0;
	const ranked = ranking.map((r, i) => {
		if (i === 0 || r.overall !== ranking[i - 1]!.overall) rank = i + 1;
		return { ...r, rank };
	});

	return {
		round: roundView(round),
		municipality: { name: municipality.name, isDemo: municipality.isDemo, country: municipality.country },
		provisional: !isPublished(round.status),
		kind,
		bands: {
			population: bandOf(own.population, bands.population)?.label ?? null,
			diversity: bandOf(own.diversityShare, bands.diversity)?.label ?? null
		},
		areas: questionnaire.areas.map((a) => ({
			code: a.code,
			name: a.name,
			parent: a.parent ?? null,
			kind: a.kind
		})),
		own: { overall: own.overall, areas: own.areas, dimensions: ownScores.dimensions },
		selected,
		groupSize: group.length,
		syntheticInGroup: group.filter((p) => p.synthetic).length,
		byGroup,
		dimensionMeans,
		ranking: ranked,
		highlights: { strongest: highlights(selected).strongest, gaps: highlights(byGroup.population).gaps },
		history,
		change: changeSince({ overall: own.overall, areas: own.areas }, previous, areaCodes),
		pickable: peers
			.map((p) => ({
				id: p.id,
				...label(p),
				synthetic: p.synthetic,
				key: p.name ?? `~${letters.get(p.id)!.padStart(4, ' ')}`
			}))
			.sort((a, b) => collator.compare(a.key, b.key))
			.map(({ key: _key, ...p }) => p),
		// Only ids of this comparison go back, not whatever the query held.
		customIds: [...customIds].filter((id) => peerIds.has(id))
	};
}
