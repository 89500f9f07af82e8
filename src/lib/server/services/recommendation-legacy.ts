import { eq, isNotNull } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { LANGUAGES } from '../../domain/questionnaire/vocabulary';
import type { Db } from '../db/client';
import { assessmentRounds, municipalities, recommendations } from '../db/schema';
import { readMunicipalityLanguages, readTexts, rowTemplate } from './recommendation-text';

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Run at start-up, once per old row (it clears `text`): before texts were stored per language, saving a
 * card copied the displayed template into `text` in the expert's interface language. A `text` equal to
 * the template in any language becomes a template reference again; any other text was the expert's own
 * and moves into `texts` under the municipality's first language (the language it was most likely
 * written in; the old column did not record it). Returns how many rows it changed.
 */
export function migrateLegacyRecommendationTexts(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>
): number {
	const rows = db
		.select({
			rec: recommendations,
			questionnaireId: assessmentRounds.questionnaireId,
			languages: municipalities.languages
		})
		.from(recommendations)
		.innerJoin(assessmentRounds, eq(assessmentRounds.id, recommendations.roundId))
		.innerJoin(municipalities, eq(municipalities.id, assessmentRounds.municipalityId))
		.where(isNotNull(recommendations.text))
		.all();
	db.transaction((tx) => {
		for (const { rec, questionnaireId, languages } of rows) {
			const questionnaire = questionnaires.get(questionnaireId);
			const template = questionnaire ? rowTemplate(questionnaire, rec) : null;
			const text = normalize(rec.text!);
			const isTemplate = !!template && LANGUAGES.some((l) => normalize(template[l]) === text);
			const texts = readTexts(rec);
			const language = readMunicipalityLanguages(languages)[0]!;
			if (!isTemplate && text && !texts[language]) texts[language] = text;
			tx.update(recommendations)
				.set({ text: null, texts: JSON.stringify(texts) })
				.where(eq(recommendations.id, rec.id))
				.run();
		}
	});
	return rows.length;
}
