import type { Questionnaire } from '../../domain/questionnaire/schema';
import { can } from '../../domain/roles';
import { allowsAny, permissionsFor } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { readAnswers } from './answers';
import { ServiceError } from './errors';
import { listNarratives, listRecommendations } from './recommendations';
import { roundFor } from './round-access';
import { scoreOf } from './round-scores';
import { stringListSchema } from '../../domain/stored/score-schemas';
import { readJsonColumn } from '../db/json-column';
import { municipalityName } from './municipality-name';
import { roundView } from './round-view';

/** The expert edits drafts during review; everyone else reads the accepted ones once published. */
export function recommendationsPage(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string
) {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'read_results');
	const reviewer = can(roles, 'review');
	if (!allowsAny(round.status, roles, 'read_recommendations'))
		throw new ServiceError(404, 'error.report_not_published');
	const allowed = permissionsFor(round.status, roles);
	const questions = new Map(questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const)));
	const recs = listRecommendations(db, roundId).filter((r) => reviewer || r.status === 'accepted');
	return {
		round: roundView(round),
		municipality: municipalityName(db, round.municipalityId),
		canEdit: allowed.edit_recommendations || allowed.correct_results,
		can: allowed,
		scores: scoreOf(questionnaire, readAnswers(db, roundId)),
		areas: questionnaire.areas
			.filter((a) => !a.composite)
			.map((a) => ({ code: a.code, name: a.name, goodPractices: a.good_practices })),
		narratives: Object.fromEntries(
			listNarratives(db, roundId).map((n) => [
				n.areaCode,
				{ strengths: n.strengths, weaknesses: n.weaknesses }
			])
		),
		recommendations: recs.map((r) => {
			const q = r.questionCode ? questions.get(r.questionCode) : undefined;
			return {
				...r,
				dimensions: readJsonColumn(stringListSchema, r.dimensions, 'dimensions'),
				template: q && 'recommendation' in q ? q.recommendation : null,
				question: q ? q.text : null,
				goodPractices: q && 'good_practices' in q ? q.good_practices : []
			};
		})
	};
}
