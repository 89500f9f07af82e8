import { LANGUAGES, type Language, type Questionnaire } from '../../domain/questionnaire/schema';
import type { StrategyExportLabels } from '../../domain/strategy/labels';
import { localizeOutline } from '../../domain/strategy/translations';
import type { StrategyOutline } from '../../domain/strategy/types';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { strategyExportLabels } from '../export-labels';
import { roundFor } from './round-access';
import { currentStrategyOutline } from './strategy';

/** ?lang=fi|sv|en; anything else (or nothing) is the strategy's own language. */
export function exportLanguage(value: string | null, fallback: Language): Language {
	return LANGUAGES.includes(value as Language) ? (value as Language) : fallback;
}

/**
 * The current strategy version in the language the reader picked for an export, with the fixed texts and
 * area names of that language. Untranslated texts stay in the strategy's own language.
 */
export function strategyForExport(
	db: Db,
	qs: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	lang: string | null
): { outline: StrategyOutline; labels: StrategyExportLabels; version: number; year: number } {
	const { questionnaire } = roundFor(db, qs, user, roundId, 'read_results');
	const { outline, version, year } = currentStrategyOutline(db, qs, user, roundId);
	const language = exportLanguage(lang, outline.language);
	return {
		outline: localizeOutline(outline, language),
		labels: strategyExportLabels(language, questionnaire),
		version,
		year
	};
}
