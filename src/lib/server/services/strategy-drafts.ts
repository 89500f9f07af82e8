import type { Questionnaire } from '../../domain/questionnaire/schema';
import { outlineFromForm } from '../../domain/strategy/outline-form';
import { outlineSchema } from '../../domain/strategy/outline-schema';
import type { StrategyOutline } from '../../domain/strategy/types';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { readJsonColumn } from '../db/json-column';
import { newId } from '../ids';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import { latestVersion, saveStrategyVersion, strategyOf } from './strategy';
import { draftRow, metaOf, writeDraft as writeDraftRow, type DraftMeta } from './strategy-draft-row';

export { writeDraft, type DraftMeta } from './strategy-draft-row';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

/** Someone saved the working draft since this editor loaded it: their text stays in the editor. */
export class DraftConflict extends ServiceError {
	constructor(readonly current: DraftMeta) {
		super(409, 'error.conflict');
	}
}

/** The strategy's working copy: the autosaved draft, or the latest version when nobody has edited since. */
export function workingStrategy(db: Pick<Db, 'select'>, strategyId: string) {
	const version = latestVersion(db, strategyId)!;
	const draft = draftRow(db, strategyId);
	const versionOutline = readJsonColumn(outlineSchema, version.outline, 'outline');
	if (!draft) return { outline: versionOutline, version: version.version, draft: null, unsaved: false };
	return {
		outline: readJsonColumn(outlineSchema, draft.row.outline, 'outline'),
		version: version.version,
		draft: metaOf(draft),
		// Differs from the version: there is something to "save as version".
		unsaved: draft.row.outline !== version.outline
	};
}

/** The form over the working copy; a refused field becomes a 400 naming it (and the measure, as n). */
function parsed(base: StrategyOutline, form: FormData): StrategyOutline {
	const result = outlineFromForm(base, form, newId);
	if (!result.ok) throw new ServiceError(400, result.error, result.params, result.field);
	return result.outline;
}

/**
 * Autosave: the edited form becomes the working draft, never a version. A retry of the same save
 * (same save id) is answered with what it saved; an editor behind the draft's revision gets a conflict.
 */
export function autosaveStrategy(
	db: Db,
	qs: Questionnaires,
	user: SessionUser,
	roundId: string,
	form: FormData,
	baseRevision: number,
	saveId: string | null
): DraftMeta {
	roundFor(db, qs, user, roundId, 'manage_working_group');
	return db.transaction((tx) => {
		const strategy = strategyOf(tx, roundId);
		if (!strategy) throw new ServiceError(404, 'error.strategy_missing');
		const current = draftRow(tx, strategy.id);
		if (current && saveId && current.row.saveId === saveId) return metaOf(current);
		if ((current?.row.revision ?? 0) !== baseRevision)
			throw new DraftConflict(
				current ? metaOf(current) : { version: 0, updatedByName: null, updatedAt: new Date() }
			);
		const working = workingStrategy(tx, strategy.id);
		return writeDraftRow(tx, strategy.id, user, parsed(working.outline, form), working.version, saveId);
	});
}

/** "Save as version": the edited form becomes the next numbered version with the person's note. */
export function saveDraftAsVersion(
	db: Db,
	qs: Questionnaires,
	user: SessionUser,
	roundId: string,
	form: FormData,
	baseRevision: number,
	note: string
): number {
	roundFor(db, qs, user, roundId, 'manage_working_group');
	const strategy = strategyOf(db, roundId);
	if (!strategy) throw new ServiceError(404, 'error.strategy_missing');
	const working = workingStrategy(db, strategy.id);
	if ((working.draft?.version ?? 0) !== baseRevision)
		throw new ServiceError(409, 'error.strategy_conflict', { version: working.version });
	const outline = parsed(working.outline, form);
	return saveStrategyVersion(db, qs, user, roundId, outline, working.version, note, 'replace');
}
