import type { LocalizedText } from '../questionnaire/schema';
import { LANGUAGES, type Language } from '../questionnaire/vocabulary';
import type { RecommendationTexts } from '../stored/recommendation-schemas';

export interface ResolvedText {
	text: string;
	/** The language the text is in. */
	language: Language;
	/** True when it is not in the reader's language (e.g. edited only in Finnish, read in Swedish). */
	fallback: boolean;
}

/**
 * The recommendation as a reader in `reader` sees it. The expert's own text in the reader's language
 * comes first; otherwise, when the expert wrote nothing, the template in the reader's language; when
 * the expert wrote text in other languages only, that text wins over the template (it says what the
 * expert decided), marked as a fallback, taken in the municipality's language order, then fi, sv, en.
 */
export function resolveRecommendationText(
	texts: RecommendationTexts,
	template: LocalizedText | null,
	reader: Language,
	municipalityLanguages: readonly Language[] = []
): ResolvedText {
	const own = texts[reader];
	if (own) return { text: own, language: reader, fallback: false };
	const order = [...new Set([...municipalityLanguages, ...LANGUAGES])];
	const written = order.find((l) => texts[l]);
	if (written) return { text: texts[written]!, language: written, fallback: true };
	if (template) return { text: template[reader], language: reader, fallback: false };
	return { text: '', language: reader, fallback: false };
}

/**
 * What to store after the expert submitted the fields of some languages: a field equal to the template
 * (or emptied) is no text of the expert's own, so it is removed; languages not submitted stay as they were.
 * Saving only a status or priority therefore never copies the template into stored text.
 */
export function mergeEditedTexts(
	before: RecommendationTexts,
	submitted: Partial<Record<Language, string>>,
	template: LocalizedText | null
): RecommendationTexts {
	const next: RecommendationTexts = { ...before };
	for (const language of LANGUAGES) {
		const value = submitted[language];
		if (value === undefined) continue;
		const trimmed = value.trim();
		if (!trimmed || (template && normalize(trimmed) === normalize(template[language]))) delete next[language];
		else next[language] = trimmed;
	}
	return next;
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
