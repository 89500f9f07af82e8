import type { AssessmentRound } from '../db/schema';

/** What a page shows of a round: not its stored scores (kilobytes of JSON) nor who changed what. */
export function roundView(round: AssessmentRound) {
	return {
		id: round.id,
		municipalityId: round.municipalityId,
		questionnaireId: round.questionnaireId,
		questionnaireVersion: round.questionnaireVersion,
		year: round.year,
		status: round.status,
		population: round.population,
		diversityShare: round.diversityShare,
		diversityMeasure: round.diversityMeasure,
		visibility: round.visibility,
		submittedAt: round.submittedAt,
		publishedAt: round.publishedAt,
		revision: round.revision,
		/** The expert's covering note from the last Return; shown while the round is a draft again. */
		returnNote: round.returnNote
	};
}
export type RoundView = ReturnType<typeof roundView>;
