import type { Language, Questionnaire } from '../domain/questionnaire/schema';
import { answerLabels, type AnswerLabels } from '../domain/round-export';
import { strategyLabels, type StrategyExportLabels } from '../domain/strategy/labels';
import { translator } from '../i18n/translate';

/**
 * The fixed texts of the strategy exports (DOCX, Markdown) in a language, from the catalogue, with the
 * questionnaire's area names so that the document names areas instead of showing their codes.
 */
export function strategyExportLabels(
	language: Language,
	questionnaire?: Pick<Questionnaire, 'areas'>
): StrategyExportLabels {
	const areaNames = Object.fromEntries((questionnaire?.areas ?? []).map((a) => [a.code, a.name[language]]));
	return strategyLabels(language, translator(language), areaNames);
}

/** The fixed answer words of the round exports (CSV, JSON) in a language, from the catalogue. */
export function answerExportLabels(language: Language): AnswerLabels {
	return answerLabels(translator(language));
}
