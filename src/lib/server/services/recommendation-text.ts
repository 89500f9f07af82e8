import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Language } from '../../domain/questionnaire/vocabulary';
import { resolveRecommendationText, type ResolvedText } from '../../domain/recommendations/resolve';
import { templatePractices, templateText } from '../../domain/recommendations/template-text';
import {
	municipalityLanguagesSchema,
	recommendationTextsSchema,
	type RecommendationTexts
} from '../../domain/stored/recommendation-schemas';
import { stringListSchema } from '../../domain/stored/score-schemas';
import type { RecommendationRow } from '../db/schema';
import { readJsonColumn } from '../db/json-column';

export const readTexts = (row: Pick<RecommendationRow, 'texts'>): RecommendationTexts =>
	readJsonColumn(recommendationTextsSchema, row.texts, 'recommendations.texts');

export const readMunicipalityLanguages = (languages: string): Language[] =>
	readJsonColumn(municipalityLanguagesSchema, languages, 'municipalities.languages');

export const rowTemplate = (questionnaire: Questionnaire, row: RecommendationRow) =>
	templateText(questionnaire, {
		questionCode: row.questionCode,
		level: row.level,
		groupCode: row.groupCode
	});

/**
 * A recommendation row as one reader sees it: the text in the reader's language (or the expert's text
 * in another language, marked as a fallback), the question(s) it came from and its good practices.
 */
export function recommendationText(
	questionnaire: Questionnaire,
	row: RecommendationRow,
	reader: Language,
	municipalityLanguages: readonly Language[]
): ResolvedText & { texts: RecommendationTexts; questionCodes: string[] } {
	const texts = readTexts(row);
	const questionCodes = readJsonColumn(stringListSchema, row.questionCodes, 'recommendations.question_codes');
	return {
		...resolveRecommendationText(texts, rowTemplate(questionnaire, row), reader, municipalityLanguages),
		texts,
		questionCodes: questionCodes.length > 0 ? questionCodes : row.questionCode ? [row.questionCode] : []
	};
}

export const rowPractices = (questionnaire: Questionnaire, row: RecommendationRow, questionCodes: string[]) =>
	templatePractices(questionnaire, { questionCodes, groupCode: row.groupCode });
