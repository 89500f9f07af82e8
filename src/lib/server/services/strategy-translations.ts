import type { Language, Questionnaire } from '../../domain/questionnaire/schema';
import { can } from '../../domain/roles';
import { setTranslations, translationStatus, type TranslationRow } from '../../domain/strategy/translations';
import { STRATEGY_SECTIONS, type StrategySection } from '../../domain/strategy/types';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import { currentStrategyOutline, saveStrategyVersion } from './strategy';

/** More texts than any programme has; one translation may be as long as the longest text field. */
export const MAX_TRANSLATION_ROWS = 1500;
export const MAX_TRANSLATION_LENGTH = 8000;

/** The section a text path belongs to, for grouping the translation view. */
export function sectionOf(path: string): StrategySection {
	const head = path.split('.')[0]!;
	const bySection: Record<string, StrategySection> = {
		title: 'vision',
		principle: 'vision',
		topic: 'situation',
		fact: 'situation',
		strongest: 'situation',
		gap: 'situation',
		objective: 'objectives',
		measure: 'measures',
		indicator: 'indicators'
	};
	return (
		bySection[head] ??
		(STRATEGY_SECTIONS.includes(head as StrategySection) ? (head as StrategySection) : 'vision')
	);
}

/** The translation view: every text of the current version with its translation and state in a language. */
export function strategyTranslations(
	db: Db,
	qs: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	language: Language
) {
	const { roles } = roundFor(db, qs, user, roundId, 'read_results');
	const { outline, version } = currentStrategyOutline(db, qs, user, roundId);
	const rows: Array<TranslationRow & { section: StrategySection }> =
		language === outline.language
			? []
			: translationStatus(outline, language).map((r) => ({ ...r, section: sectionOf(r.path) }));
	return {
		original: outline.language,
		language,
		version,
		rows,
		manages: can(roles, 'manage_working_group'),
		missing: rows.filter((r) => r.state !== 'done').length
	};
}

/** Saves edited translations as a new version of the programme; the original texts stay as they are. */
export function saveStrategyTranslations(
	db: Db,
	qs: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	language: Language,
	entries: Record<string, string>,
	baseVersion: number
): number {
	if (Object.keys(entries).length > MAX_TRANSLATION_ROWS) throw new ServiceError(400, 'error.form_too_large');
	if (Object.values(entries).some((t) => t.length > MAX_TRANSLATION_LENGTH))
		throw new ServiceError(400, 'error.too_long');
	const { outline } = currentStrategyOutline(db, qs, user, roundId);
	if (language === outline.language) throw new ServiceError(400, 'error.invalid');
	return saveStrategyVersion(
		db,
		qs,
		user,
		roundId,
		setTranslations(outline, language, entries),
		baseVersion,
		`translated:${language}`
	);
}
