import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { readHistory, readAnswers } from './answers';
import { ServiceError } from './errors';
import { municipalityName } from './municipality-name';
import { listReviews } from './review';
import { roundFor } from './round-access';
import { roundView } from './round-view';

/** One area of a round as the expert reviews it: every answer with evidence, history and its flag. */
export function reviewPage(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	areaCode: string | null
) {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'review');
	const leaves = questionnaire.areas.filter((a) => !a.composite);
	const area = areaCode ? leaves.find((a) => a.code === areaCode) : leaves[0];
	if (!area) throw new ServiceError(404, 'error.not_found');
	const answers = readAnswers(db, roundId);
	const reviews = listReviews(db, roundId);
	const flagsByArea = Object.fromEntries(
		leaves.map((a) => [
			a.code,
			reviews.filter((r) => r.flag !== 'ok' && a.questions.some((q) => q.code === r.questionCode)).length
		])
	);
	return {
		round: roundView(round),
		areas: leaves.map((a) => ({ code: a.code, name: a.name, flagged: flagsByArea[a.code] ?? 0 })),
		area,
		answers: Object.fromEntries(area.questions.map((q) => [q.code, answers.get(q.code) ?? null])),
		history: Object.fromEntries(area.questions.map((q) => [q.code, readHistory(db, roundId, q.code)])),
		reviews: Object.fromEntries(
			reviews
				.filter((r) => area.questions.some((q) => q.code === r.questionCode))
				.map((r) => [r.questionCode, { flag: r.flag, comment: r.comment }])
		),
		flaggedTotal: reviews.filter((r) => r.flag !== 'ok').length,
		municipality: municipalityName(db, round.municipalityId),
		unassessed: area.questions.filter((q) => !reviews.some((r) => r.questionCode === q.code)).length
	};
}
