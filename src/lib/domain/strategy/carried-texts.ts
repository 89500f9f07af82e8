import { LANGUAGES, type Language } from '../questionnaire/vocabulary';
import type { StrategyMeasure, StrategyOutline, TranslatedText } from './types';

const FIELDS = ['title', 'description', 'owner', 'partners', 'resources', 'budgetLine'] as const;

/** A measure's text of an outline in a language: the original, or its up-to-date translation, else null. */
function textIn(o: StrategyOutline, language: Language, path: string, original: string): string | null {
	if (language === o.language) return original;
	const translated = o.translations[language]?.[path];
	return translated && translated.source === original ? translated.text : null;
}

/**
 * The previous programme's measures added to a new draft in the draft's language, with their
 * translations into the other languages: a measure carried from a Finnish programme into a Swedish
 * draft reads in Swedish, and what the previous programme never translated stays as written there.
 */
export function appendCarried(
	draft: StrategyOutline,
	previous: StrategyOutline | undefined,
	carried: readonly StrategyMeasure[]
): StrategyOutline {
	if (!previous) return { ...draft, measures: [...draft.measures, ...carried] };
	const translations = { ...draft.translations };
	const others = LANGUAGES.filter((l) => l !== draft.language);
	const measures = carried.map((m) => {
		const moved = { ...m };
		for (const field of FIELDS) {
			const path = `measure.${m.id}.${field}`;
			moved[field] = textIn(previous, draft.language, path, m[field]) ?? m[field];
			for (const language of others) {
				const text = textIn(previous, language, path, m[field]);
				if (!text?.trim() || !moved[field].trim()) continue;
				const entry: TranslatedText = { text, source: moved[field] };
				translations[language] = { ...(translations[language] ?? {}), [path]: entry };
			}
		}
		return moved;
	});
	return { ...draft, measures: [...draft.measures, ...measures], translations };
}
