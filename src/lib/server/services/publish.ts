import type { Questionnaire } from '../../domain/questionnaire/schema';
import { publishProblem, type UndecidedChoice } from '../../domain/review/publish-check';
import { stageAllows } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { eq } from 'drizzle-orm';
import type { Language } from '../../domain/questionnaire/vocabulary';
import { municipalities, type RecommendationRow } from '../db/schema';
import { readMunicipalityLanguages, recommendationText } from './recommendation-text';
import { ServiceError } from './errors';
import { listRecommendations } from './recommendations';
import { municipalityName } from './municipality-name';
import { publishRound } from './review';
import { roundFor } from './round-access';
import { roundView } from './round-view';

function counts(recs: RecommendationRow[]) {
	const accepted = recs.filter((r) => r.status === 'accepted');
	return {
		accepted: accepted.length,
		undecided: recs.filter((r) => r.status === 'proposed').length,
		// Marking key accepts; a key one the expert later set back to undecided or rejected does not count.
		keys: accepted.filter((r) => r.isKey).length
	};
}

/** The publish step: what is still undecided, how many are key, and what publishing would refuse. */
export function publishStep(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	reader: Language
) {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'review');
	if (!stageAllows(round.status, 'publish')) throw new ServiceError(409, 'error.round_not_in_review');
	const languages = readMunicipalityLanguages(
		db
			.select({ languages: municipalities.languages })
			.from(municipalities)
			.where(eq(municipalities.id, round.municipalityId))
			.get()?.languages ?? '[]'
	);
	const recs = listRecommendations(db, roundId);
	const areaNames = new Map(questionnaire.areas.map((a) => [a.code, a.name] as const));
	return {
		round: roundView(round),
		municipality: municipalityName(db, round.municipalityId),
		...counts(recs),
		undecidedList: recs
			.filter((r) => r.status === 'proposed')
			.map((r) => {
				const { text, language, fallback } = recommendationText(questionnaire, r, reader, languages);
				return { id: r.id, area: areaNames.get(r.areaCode) ?? null, text, language, fallback };
			})
	};
}

/**
 * Publishes from the expert's publish step: refuses until undecided recommendations have an explicit
 * choice and 3-5 key recommendations are chosen. Returns the municipality's name for the message.
 */
export function publishReviewed(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	choice: UndecidedChoice | undefined
): string {
	const { round } = roundFor(db, questionnaires, user, roundId, 'review');
	const c = counts(listRecommendations(db, roundId));
	const problem = publishProblem({ ...c, choice });
	if (problem) {
		const { key, ...params } = problem;
		throw new ServiceError(409, key, params, key === 'review.publish.undecided_choice' ? 'choice' : 'keys');
	}
	publishRound(db, questionnaires, user, roundId, choice ?? 'accept');
	return municipalityName(db, round.municipalityId);
}
