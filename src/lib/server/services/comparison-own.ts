import { and, asc, eq } from 'drizzle-orm';
import type { ScoredEntity } from '../../domain/comparison/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
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

/** The municipality's published rounds of this questionnaire and the viewing one, oldest first. */
export function roundHistory(db: Db, { round, questionnaire, municipality, scores }: OwnSide) {
	return db
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
		.filter((r) => r.id === round.id || (isPublished(r.status) && r.frozen))
		.map((r) => {
			const s =
				r.id === round.id ? scores : readJsonColumn(frozenScoresSchema, r.frozen!, 'frozen_scores').scores;
			return { year: r.year, current: r.id === round.id, overall: s.overall, areas: areaScores(s) };
		});
}
