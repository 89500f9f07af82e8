import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ScoredEntity } from '../../domain/comparison/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { lineage, notComparable as notComparableAreas } from '../../domain/questionnaire/versions';
import { isPublished } from '../../domain/round-status';
import type { ScoreResult } from '../../domain/scoring';
import { frozenScoresSchema } from '../../domain/stored/score-schemas';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { readJsonColumn } from '../db/json-column';
import { assessmentRounds, municipalities } from '../db/schema';
import { roundFor } from './round-access';
import { roundScores } from './round-scores';

const areaScores = (s: ScoreResult) =>
	Object.fromEntries(Object.entries(s.areas).map(([c, a]) => [c, a.score]));

/** The viewing round, its municipality and its scores as the comparison sees them. */
export function ownSide(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string
) {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'read_results');
	const municipality = db
		.select()
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	const scores = roundScores(db, questionnaire, round);
	const own: ScoredEntity = {
		id: `m:${municipality.id}`,
		country: municipality.country,
		population: round.population,
		diversityShare: round.diversityShare,
		diversityMeasure: round.diversityMeasure,
		overall: scores.overall,
		areas: areaScores(scores),
		dimensions: scores.dimensions
	};
	return { round, questionnaire, municipality, scores, own };
}

export type OwnSide = ReturnType<typeof ownSide>;

/** The areas as the compare and strategy pages name them. */
export const areaViews = (questionnaire: Questionnaire) =>
	questionnaire.areas.map((a) => ({ code: a.code, name: a.name, parent: a.parent ?? null, kind: a.kind }));

/**
 * The municipality's published rounds of this questionnaire, or of a version it replaced, and the viewing
 * one, oldest first. A round on an earlier version has no score where the questions changed
 * (`notComparable`), so no change is computed there.
 */
export function roundHistory(
	db: Db,
	{ round, questionnaire, municipality, scores }: OwnSide,
	qs: ReadonlyMap<string, Questionnaire> = new Map()
) {
	const id = questionnaire.framework.id;
	return db
		.select({
			id: assessmentRounds.id,
			questionnaireId: assessmentRounds.questionnaireId,
			year: assessmentRounds.year,
			status: assessmentRounds.status,
			frozen: assessmentRounds.frozenScores
		})
		.from(assessmentRounds)
		.where(
			and(
				eq(assessmentRounds.municipalityId, municipality.id),
				inArray(assessmentRounds.questionnaireId, qs.size > 0 ? lineage(qs, id) : [id])
			)
		)
		.orderBy(asc(assessmentRounds.year))
		.all()
		.filter((r) => r.id === round.id || (isPublished(r.status) && r.frozen))
		.map((r) => {
			const s =
				r.id === round.id ? scores : readJsonColumn(frozenScoresSchema, r.frozen!, 'frozen_scores').scores;
			const notComparable = notComparableAreas(qs, r.questionnaireId, id);
			const areas = Object.fromEntries(
				Object.entries(areaScores(s)).map(([c, v]) => [c, notComparable.includes(c) ? null : v])
			);
			const overall = notComparable.includes('overall') ? null : s.overall;
			return { year: r.year, current: r.id === round.id, overall, areas, notComparable };
		});
}
