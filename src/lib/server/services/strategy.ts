import { and, desc, eq } from 'drizzle-orm';
import type { Language, Questionnaire } from '../../domain/questionnaire/schema';
import { stageAllows } from '../../domain/round-permissions';
import { draftStrategy, mergeNewMeasures, type StrategyInput } from '../../domain/strategy/draft';
import type { StrategyOutline } from '../../domain/strategy/types';
import { translate } from '../../i18n/translate';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { municipalities, strategies, strategyVersions, users } from '../db/schema';
import { newId } from '../ids';
import { writeAudit } from './audit';
import { peerSummary } from './comparison-summary';
import { ServiceError } from './errors';
import { listRecommendations } from './recommendations';
import { readMunicipalityLanguages, recommendationText } from './recommendation-text';
import { roundFor } from './round-access';
import { roundScores } from './round-scores';
import { outlineSchema } from '../../domain/strategy/outline-schema';
import { dimensionListSchema } from '../../domain/stored/score-schemas';
import { readJsonColumn } from '../db/json-column';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

/** The strategy is drafted from published results only: scores frozen, recommendations accepted. */
function strategyInput(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	language: Language
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
	return {
		language,
		questionnaire,
		municipality: municipality.name,
		round: {
			year: round.year,
			population: round.population,
			diversityShare: round.diversityShare,
			diversityMeasure: round.diversityMeasure
		},
		scores: roundScores(db, questionnaire, round),
		comparison: {
			strongest: compared.highlights.strongest,
			gaps: compared.highlights.gaps,
			change: compared.change
		},
		recommendations: listRecommendations(db, roundId).map((r) => {
			const resolved = recommendationText(
				questionnaire,
				r,
				language,
				readMunicipalityLanguages(municipality.languages)
			);
			return {
				id: r.id,
				areaCode: r.areaCode,
				questionCode: r.questionCode,
				dimensions: readJsonColumn(dimensionListSchema, r.dimensions, 'dimensions'),
				text: resolved.text,
				status: r.status
			};
		}),
		labels: {
			population: translate(language, 'municipality.population'),
			diversity: translate(
				language,
				round.diversityMeasure === 'foreign_born'
					? 'municipality.foreign_born'
					: 'municipality.foreign_language'
			),
			overall: translate(language, 'round.overall'),
			completeness: translate(language, 'report.completeness')
		}
	};
}

function strategyOf(db: Pick<Db, 'select'>, roundId: string) {
	return db.select().from(strategies).where(eq(strategies.roundId, roundId)).get();
}

function latest(db: Pick<Db, 'select'>, strategyId: string) {
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
	language: Language
): void {
	const { round } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	const outline = draftStrategy(strategyInput(db, questionnaires, user, roundId, language));
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
	const current = strategy && latest(db, strategy.id);
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

/** Saves a new version if nobody saved since the version the editor started from. */
export function saveStrategyVersion(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	outline: StrategyOutline,
	baseVersion: number,
	note: string
): number {
	const { round } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	return db.transaction((tx) => {
		const strategy = strategyOf(tx, roundId);
		const current = strategy && latest(tx, strategy.id);
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
		`restored:${version}`
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
	return {
		...mergeNewMeasures(outline, draftStrategy(strategyInput(db, questionnaires, user, roundId, language))),
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
