import { maxPoints } from '../scoring/max-points';
import { DIMENSIONS, LANGUAGES, isScored, type Dimension, type Questionnaire } from './schema';

export interface QuestionnaireSummary {
	areas: number;
	coreAreas: number;
	optionalAreas: number;
	compositeAreas: number;
	questions: number;
	scoredQuestions: number;
	unscoredQuestions: number;
	maxPoints: number;
	languages: string[];
	allTextsTranslated: boolean;
	dimensionQuestions: Record<Dimension, number>;
	perArea: Array<{ code: string; scored: number; unscored: number; maxPoints: number }>;
}

export function summarizeQuestionnaire(q: Questionnaire): QuestionnaireSummary {
	const questions = q.areas.flatMap((a) => a.questions);
	const scored = questions.filter(isScored);
	const dimensionQuestions = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
	for (const question of scored) for (const d of question.dimensions) dimensionQuestions[d]++;
	return {
		areas: q.areas.length,
		coreAreas: q.areas.filter((a) => a.kind === 'core').length,
		optionalAreas: q.areas.filter((a) => a.kind === 'optional').length,
		compositeAreas: q.areas.filter((a) => a.composite).length,
		questions: questions.length,
		scoredQuestions: scored.length,
		unscoredQuestions: questions.length - scored.length,
		maxPoints: scored.reduce((s, question) => s + maxPoints(question), 0),
		languages: q.framework.languages,
		// The schema already demands every language of every text; this states it for the summary.
		allTextsTranslated: LANGUAGES.every((l) => q.framework.languages.includes(l)),
		dimensionQuestions,
		perArea: q.areas
			.filter((a) => !a.composite)
			.map((a) => ({
				code: a.code,
				scored: a.questions.filter(isScored).length,
				unscored: a.questions.filter((x) => !isScored(x)).length,
				maxPoints: a.questions.filter(isScored).reduce((s, x) => s + maxPoints(x), 0)
			}))
	};
}
