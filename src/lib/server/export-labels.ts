import type { Language } from '../domain/questionnaire/schema';
import { answerLabels, type AnswerLabels } from '../domain/round-export';
import { strategyLabels, type StrategyExportLabels } from '../domain/strategy/labels';
import { translator } from '../i18n/translate';

/** The fixed texts of the strategy exports (DOCX, Markdown) in a language, from the catalogue. */
export function strategyExportLabels(language: Language): StrategyExportLabels {
	return strategyLabels(language, translator(language));
}

/** The fixed answer words of the round exports (CSV, JSON) in a language, from the catalogue. */
export function answerExportLabels(language: Language): AnswerLabels {
	return answerLabels(translator(language));
}
