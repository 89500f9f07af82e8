import { eq } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Language } from '../../domain/questionnaire/vocabulary';
import { can } from '../../domain/roles';
import { allowsAny, permissionsFor } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { municipalities } from '../db/schema';
import { readAnswers } from './answers';
import { ServiceError } from './errors';
import { narrativesByArea, listRecommendations } from './recommendations';
import {
	readMunicipalityLanguages,
	recommendationText,
	rowPractices,
	rowTemplate
} from './recommendation-text';
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
	roundId: string,
	reader: Language
) {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'read_results');
	const reviewer = can(roles, 'review');
	if (!allowsAny(round.status, roles, 'read_recommendations'))
		throw new ServiceError(404, 'error.report_not_published');
	const allowed = permissionsFor(round.status, roles);
	const municipality = db
		.select({ languages: municipalities.languages })
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	const languages = readMunicipalityLanguages(municipality.languages);
	const questions = new Map(questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const)));
	const recs = listRecommendations(db, roundId).filter((r) => reviewer || r.status === 'accepted');
	return {
		round: roundView(round),
		municipality: municipalityName(db, round.municipalityId),
		canEdit: allowed.edit_recommendations || allowed.correct_results,
		can: allowed,
		/** The languages the expert can write each recommendation in: the municipality's, then the reader's. */
		editLanguages: [...new Set([...languages, reader])],
		scores: scoreOf(questionnaire, readAnswers(db, roundId)),
		areas: questionnaire.areas.filter((a) => !a.composite).map((a) => ({ code: a.code, name: a.name })),
		narratives: narrativesByArea(db, roundId),
		recommendations: recs.map((r) => {
			const resolved = recommendationText(questionnaire, r, reader, languages);
			return {
				id: r.id,
				areaCode: r.areaCode,
				priority: r.priority,
				priorityScore: r.priorityScore,
				status: r.status,
				isKey: r.isKey,
				rejectReason: r.rejectReason,
				createdBy: r.createdBy,
				dimensions: readJsonColumn(stringListSchema, r.dimensions, 'dimensions'),
				text: resolved.text,
				language: resolved.language,
				fallback: resolved.fallback,
				texts: resolved.texts,
				template: rowTemplate(questionnaire, r),
				questions: resolved.questionCodes.flatMap((c) => {
					const q = questions.get(c);
					return q ? [q.text] : [];
				}),
				goodPractices: rowPractices(questionnaire, r, resolved.questionCodes)
			};
		})
	};
}
