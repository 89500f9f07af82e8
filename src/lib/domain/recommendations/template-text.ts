import type { LocalizedText, Questionnaire } from '../questionnaire/schema';
import { DONT_KNOW } from './levels';
import type { GoodPracticeEntry } from './library-schema';

/** What a template recommendation refers to; stored on the row instead of a copy of its text. */
export interface TemplateRef {
	questionCode: string | null;
	/** Answer level key, or `dont_know`; null for a merged (group) recommendation. */
	level: string | null;
	groupCode: string | null;
}

/** The template's text in every language, or null when the row is the expert's own or the template is gone. */
export function templateText(questionnaire: Questionnaire, ref: TemplateRef): LocalizedText | null {
	const library = questionnaire.library;
	if (!library) return null;
	if (ref.groupCode) return library.groups[ref.groupCode]?.text ?? null;
	if (!ref.questionCode) return null;
	const template = library.templates[ref.questionCode];
	if (ref.level === DONT_KNOW) {
		const area = questionnaire.areas.find((a) => a.questions.some((q) => q.code === ref.questionCode));
		return template?.dont_know ?? (area ? (library.dontKnow[area.code] ?? null) : null);
	}
	if (!template) return null;
	// A row from before levels existed has none: the lowest rung's text is the old per-question text.
	const level = ref.level ? template.levels.find((l) => l.when.includes(ref.level!)) : template.levels[0];
	return level?.text ?? null;
}

/** Good practices of a template reference, the group's first, without duplicates. */
export function templatePractices(
	questionnaire: Questionnaire,
	ref: { questionCodes: string[]; groupCode: string | null }
): GoodPracticeEntry[] {
	const library = questionnaire.library;
	if (!library) return [];
	const ids = [
		...(ref.groupCode ? (library.groups[ref.groupCode]?.practices ?? []) : []),
		...ref.questionCodes.flatMap((c) => library.templates[c]?.practices ?? [])
	];
	return [...new Set(ids)].flatMap((id) => (library.practices[id] ? [library.practices[id]] : []));
}
