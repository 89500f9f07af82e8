import { and, desc, eq } from 'drizzle-orm';
import type { Language, Questionnaire } from '../../domain/questionnaire/schema';
import { stageAllows } from '../../domain/round-permissions';
import {
	draftStrategy,
	mergeNewMeasures,
	type DraftLabels,
	type StrategyInput
} from '../../domain/strategy/draft';
import { DIMENSIONS, LANGUAGES } from '../../domain/questionnaire/vocabulary';
import type { StrategyOutline } from '../../domain/strategy/types';
import { translate } from '../../i18n/translate';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { municipalities, strategies, strategyVersions, users } from '../db/schema';
import { newId } from '../ids';
import { writeAudit } from './audit';
import { draftRow, writeDraft } from './strategy-draft-row';
import { rebaseDraft } from '../../domain/strategy/rebase';
import { previousStrategyMeasures } from './strategy-measure-status';
import { carryForward } from '../../domain/strategy/follow-up';
import { peerSummary } from './comparison-summary';
import { roundFacts } from './context-facts';
import { ServiceError } from './errors';
import { draftRecommendations } from './strategy-recommendations';
import { roundFor } from './round-access';
import { roundScores } from './round-scores';
import { outlineSchema } from '../../domain/strategy/outline-schema';
import { readJsonColumn } from '../db/json-column';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

/** The strategy is drafted from published results only: scores frozen, recommendations accepted. */
function strategyInput(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	language: Language,
	chosen: ReadonlySet<string> | null = null,
	combineByArea = false
): StrategyInput {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'read_results');
	if (!stageAllows(round.status, 'edit_strategy'))
		throw new ServiceError(409, 'error.strategy_needs_published');
	if (!questionnaire.strategy) throw new ServiceError(409, 'error.strategy_no_templates');
	const municipality = db
		.select()
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get()!;
	const compared = peerSummary(db, questionnaires, user, roundId);
	const facts = Object.fromEntries(roundFacts(db, questionnaire, roundId).map((f) => [f.code, f.value]));
	return {
		language,
		questionnaire,
		municipality: municipality.name,
		round: { year: round.year, population: round.population, diversityShare: round.diversityShare },
		scores: roundScores(db, questionnaire, round),
		facts,
		comparison: {
			strongest: compared.highlights.strongest,
			gaps: compared.highlights.gaps,
			change: compared.change
		},
		recommendations: draftRecommendations(db, roundId),
		chosen,
		combineByArea,
		labels: Object.fromEntries(
			LANGUAGES.map((l) => [l, draftLabels(l, round.diversityMeasure)])
		) as StrategyInput['labels']
	};
}

function draftLabels(language: Language, diversityMeasure: 'foreign_born' | 'foreign_language'): DraftLabels {
	return {
		population: translate(language, 'municipality.population'),
		diversity: translate(
			language,
			diversityMeasure === 'foreign_born' ? 'municipality.foreign_born' : 'municipality.foreign_language'
		),
		overall: translate(language, 'round.overall'),
		completeness: translate(language, 'report.completeness'),
		scoreUnit: translate(language, 'strategy_draft.score_unit'),
		dimensionIndicator: Object.fromEntries(
			DIMENSIONS.map((d) => [
				d,
				translate(language, 'strategy_draft.dimension_indicator', {
					dimension: translate(language, `dimension.${d}`)
				})
			])
		) as DraftLabels['dimensionIndicator']
	};
}

export function strategyOf(db: Pick<Db, 'select'>, roundId: string) {
	return db.select().from(strategies).where(eq(strategies.roundId, roundId)).get();
}

export function latestVersion(db: Pick<Db, 'select'>, strategyId: string) {
	return db
		.select()
		.from(strategyVersions)
		.where(eq(strategyVersions.strategyId, strategyId))
		.orderBy(desc(strategyVersions.version))
		.get();
}

export function generateStrategy(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	language: Language,
	/** The recommendations the coordinator chose on the drafting step; null: every draftable one. */
	chosen: ReadonlySet<string> | null = null,
	/** One measure per area instead of one per recommendation. */
	combineByArea = false
): void {
	const { round } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	const input = strategyInput(db, questionnaires, user, roundId, language, chosen, combineByArea);
	const draft = draftStrategy(input);
	// Unfinished measures of the previous strategy carry over into the next round's draft.
	const outline = carryForward(draft, previousStrategyMeasures(db, round));
	db.transaction((tx) => {
		if (strategyOf(tx, roundId)) throw new ServiceError(409, 'error.strategy_exists');
		const id = newId();
		tx.insert(strategies).values({ id, roundId, createdBy: user.id }).run();
		tx.insert(strategyVersions)
			.values({
				id: newId(),
				strategyId: id,
				version: 1,
				outline: JSON.stringify(outline),
				note: 'generated',
				createdBy: user.id
			})
			.run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'generate',
			entity: 'strategy',
			entityId: id
		});
	});
}

export function currentStrategyOutline(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string
) {
	const { round } = roundFor(db, questionnaires, user, roundId, 'read_results');
	const strategy = strategyOf(db, roundId);
	const current = strategy && latestVersion(db, strategy.id);
	if (!strategy || !current) throw new ServiceError(404, 'error.strategy_missing');
	const outline = readJsonColumn(outlineSchema, current.outline, 'outline');
	return {
		outline,
		version: current.version,
		municipality: outline.municipality,
		year: round.year,
		strategyId: strategy.id
	};
}

/** Saves a new version if nobody saved since the version the editor started from; `note` is stored as given. */
export function saveStrategyVersion(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	outline: StrategyOutline,
	baseVersion: number,
	note: string,
	/** The outline replaces the working draft (saved from it, or restored); otherwise unsaved edits stay. */
	draft: 'replace' | 'rebase' = 'rebase'
): number {
	const { round } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	return db.transaction((tx) => {
		const strategy = strategyOf(tx, roundId);
		const current = strategy && latestVersion(tx, strategy.id);
		if (!strategy || !current) throw new ServiceError(404, 'error.strategy_missing');
		if (current.version !== baseVersion)
			throw new ServiceError(409, 'error.strategy_conflict', { version: current.version });
		const version = current.version + 1;
		tx.insert(strategyVersions)
			.values({
				id: newId(),
				strategyId: strategy.id,
				version,
				outline: JSON.stringify(outline),
				note,
				createdBy: user.id
			})
			.run();
		// The working draft moves on to the new version, one revision on: an editor still typing on the old
		// one gets a conflict instead of overwriting it. Unsaved edits in it keep, with the version's additions.
		const working = draftRow(tx, strategy.id);
		const dirty = working && working.row.outline !== current.outline;
		const next =
			draft === 'rebase' && dirty
				? rebaseDraft(
						readJsonColumn(outlineSchema, working.row.outline, 'outline'),
						readJsonColumn(outlineSchema, current.outline, 'outline'),
						outline
					)
				: outline;
		writeDraft(tx, strategy.id, user, next, version, null);
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'save',
			entity: 'strategy',
			entityId: strategy.id,
			newValue: { version, note }
		});
		return version;
	});
}

export function listStrategyVersions(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string
) {
	const { strategyId } = currentStrategyOutline(db, questionnaires, user, roundId);
	return db
		.select({
			version: strategyVersions.version,
			note: strategyVersions.note,
			createdAt: strategyVersions.createdAt,
			by: users.name,
			outline: strategyVersions.outline
		})
		.from(strategyVersions)
		.leftJoin(users, eq(strategyVersions.createdBy, users.id))
		.where(eq(strategyVersions.strategyId, strategyId))
		.orderBy(desc(strategyVersions.version))
		.all()
		.map((v) => ({ ...v, outline: readJsonColumn(outlineSchema, v.outline, 'outline') }));
}

/** Restoring copies an old version into a new one, so the history keeps every step. */
export function restoreStrategyVersion(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	version: number
): number {
	const { strategyId, version: currentVersion } = currentStrategyOutline(db, questionnaires, user, roundId);
	const old = db
		.select()
		.from(strategyVersions)
		.where(and(eq(strategyVersions.strategyId, strategyId), eq(strategyVersions.version, version)))
		.get();
	if (!old) throw new ServiceError(404, 'error.not_found');
	return saveStrategyVersion(
		db,
		questionnaires,
		user,
		roundId,
		readJsonColumn(outlineSchema, old.outline, 'outline'),
		currentVersion,
		`restored:${version}`,
		// Restoring is a choice of the whole text: the working draft becomes the restored version.
		'replace'
	);
}

/** What drafting again from the current recommendations would add; saved only when applied. */
export function previewStrategyMerge(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	language: Language
) {
	const { outline, version } = currentStrategyOutline(db, questionnaires, user, roundId);
	// Drafted in the strategy's own language, whatever the reader's: what is added lines up with the rest.
	void language;
	const fresh = draftStrategy(strategyInput(db, questionnaires, user, roundId, outline.language));
	return {
		...mergeNewMeasures(outline, fresh),
		baseVersion: version
	};
}

export function applyStrategyMerge(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	language: Language
): number {
	const merged = previewStrategyMerge(db, questionnaires, user, roundId, language);
	if (merged.addedMeasures.length === 0 && merged.addedIndicators.length === 0) return merged.baseVersion;
	return saveStrategyVersion(db, questionnaires, user, roundId, merged.outline, merged.baseVersion, 'merged');
}
