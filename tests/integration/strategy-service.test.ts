import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { applyOperation } from '../../src/lib/domain/strategy/outline-form';
import type { StrategyOutline } from '../../src/lib/domain/strategy/types';
import type { Db } from '../../src/lib/server/db/client';
import { auditLog, strategyComments, strategyVersions } from '../../src/lib/server/db/schema';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import {
	addRecommendation,
	listRecommendations,
	updateRecommendation
} from '../../src/lib/server/services/recommendations';
import { publishRound } from '../../src/lib/server/services/review';
import {
	applyStrategyMerge,
	currentStrategyOutline,
	generateStrategy,
	listStrategyVersions,
	previewStrategyMerge,
	restoreStrategyVersion,
	saveStrategyVersion
} from '../../src/lib/server/services/strategy';
import { addStrategyComment, listStrategyComments } from '../../src/lib/server/services/strategy-comments';
import { auditCount, recsByQuestion, reviewSetup } from './review-fixtures';
import { mini, otherTown, questionnaires, refusal } from './round-fixtures';

/** The mini questionnaire with the shipped strategy templates next to it, under the same id. */
const dir = mkdtempSync(join(tmpdir(), 'strategy-mini-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync('tests/fixtures/mini', dir, { recursive: true });
copyFileSync('questionnaires/gri-2026/strategy.yaml', join(dir, 'strategy.yaml'));
// The recommendation library lives next to the fixture folder, not in the temporary copy.
const miniWithStrategy = loadQuestionnaireDir(dir, mini.library);
const sq = new Map([[miniWithStrategy.framework.id, miniWithStrategy]]);

const versionRows = (db: Db) => db.select().from(strategyVersions).all();
const strategyAudit = (db: Db) =>
	db.select().from(auditLog).where(eq(auditLog.entity, 'strategy')).orderBy(asc(auditLog.id)).all();

/** Reviewed round with q7's recommendation rejected, then published; q1, q3, q6 and q9 are accepted. */
function publishedSetup() {
	const setup = reviewSetup('in_review');
	const { db, expert, round } = setup;
	const rejected = recsByQuestion(db, round.id).q7!;
	updateRecommendation(db, questionnaires, expert, round.id, rejected.id, {
		status: 'rejected',
		rejectReason: 'Not relevant here'
	});
	publishRound(db, questionnaires, expert, round.id, 'accept');
	return { ...setup, rejectedId: rejected.id };
}

function generatedSetup() {
	const setup = publishedSetup();
	generateStrategy(setup.db, sq, setup.coordinator, setup.round.id, 'en');
	return setup;
}

describe('generating the strategy draft', () => {
	it('refuses before publishing, refuses members and leaders, and refuses a second draft', () => {
		const setup = reviewSetup('in_review');
		const { db, coordinator, member, leader, expert, round } = setup;
		const early = refusal(() => generateStrategy(db, sq, coordinator, round.id, 'en'));
		expect([early.status, early.messageKey]).toEqual([409, 'error.strategy_needs_published']);

		publishRound(db, questionnaires, expert, round.id, 'accept');
		for (const user of [member, leader]) {
			const e = refusal(() => generateStrategy(db, sq, user, round.id, 'en'));
			expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
		}
		expect(versionRows(db)).toEqual([]);

		generateStrategy(db, sq, coordinator, round.id, 'en');
		const versions = versionRows(db).length;
		const audits = auditCount(db);
		const again = refusal(() => generateStrategy(db, sq, coordinator, round.id, 'en'));
		expect([again.status, again.messageKey]).toEqual([409, 'error.strategy_exists']);
		expect(versionRows(db).length).toBe(versions);
		expect(auditCount(db)).toBe(audits);
	});

	it('combines each area’s recommendations into one measure when the coordinator asks', () => {
		const { db, coordinator, round } = publishedSetup();
		generateStrategy(db, sq, coordinator, round.id, 'en', null, true);
		const { outline } = currentStrategyOutline(db, sq, coordinator, round.id);
		const accepted = listRecommendations(db, round.id).filter((r) => r.status === 'accepted');
		const areas = [...new Set(accepted.map((r) => r.areaCode))];
		expect(outline.measures.map((m) => m.areaCode).sort()).toEqual(areas.sort());
		expect(outline.measures.length).toBeLessThan(accepted.length);
		const a = outline.measures.find((m) => m.areaCode === 'a')!;
		expect(a.id).toBe('m-a');
		expect([...a.questionCodes].sort()).toEqual(['q1', 'q3', 'q6']);
	});

	it('creates version 1 with one measure per accepted recommendation, the rejected one left out', () => {
		const { db, coordinator, round, rejectedId } = publishedSetup();
		generateStrategy(db, sq, coordinator, round.id, 'en');
		const current = currentStrategyOutline(db, sq, coordinator, round.id);
		expect(current.version).toBe(1);
		expect(current.municipality).toBe('Koivuranta');
		expect(current.year).toBe(2026);

		const accepted = listRecommendations(db, round.id).filter((r) => r.status === 'accepted');
		expect(accepted.map((r) => r.questionCode).sort()).toEqual(['q1', 'q3', 'q6', 'q9']);
		// Every accepted recommendation is exactly one measure, titled from its measure template.
		const ids = current.outline.measures.flatMap((m) => m.recommendationIds);
		expect([...ids].sort()).toEqual(accepted.map((r) => r.id).sort());
		expect(current.outline.measures).toHaveLength(accepted.length);
		expect(ids).not.toContain(rejectedId);
		const a = current.outline.measures.find((m) => m.questionCodes.includes('q1'))!;
		expect(a).toMatchObject({
			id: 'm-q-q1',
			title: 'The municipality does q1',
			start: '2027-01',
			areaCode: 'a'
		});
		expect(current.outline.translations.fi?.[`measure.${a.id}.title`]?.text).toBe('Kunta tekee k1');
		// The mini questionnaire's areas are not in the sector map: the template's fallback owner.
		expect(a.owner).toBe('To be decided');
		expect(current.outline.indicators.filter((i) => i.kind === 'dimension')).toHaveLength(4);
		expect(current.outline.translations.fi?.['title']?.text).toBe('Kotoutumisen edistämisen ohjelma');
		expect(current.outline.removedRecommendationIds).toEqual([]);

		expect(strategyAudit(db)).toEqual([
			expect.objectContaining({
				action: 'generate',
				entityId: current.strategyId,
				actorUserId: coordinator.id,
				municipalityId: round.municipalityId
			})
		]);
	});
});

describe('versions', () => {
	it('saves, refuses a stale save, restores, and lists newest first with authors', () => {
		const { db, coordinator, member, round } = generatedSetup();
		const v1 = currentStrategyOutline(db, sq, coordinator, round.id).outline;
		const edited: StrategyOutline = {
			...v1,
			vision: { ...v1.vision, text: 'Our own vision' },
			measures: v1.measures.map((m, i) => (i === 0 ? { ...m, owner: 'Mayor' } : m))
		};
		expect(saveStrategyVersion(db, sq, coordinator, round.id, edited, 1, 'edit')).toBe(2);
		expect(currentStrategyOutline(db, sq, member, round.id)).toMatchObject({ version: 2, outline: edited });

		const versions = versionRows(db).length;
		const audits = auditCount(db);
		const stale = refusal(() =>
			saveStrategyVersion(db, sq, coordinator, round.id, { ...v1, title: 'Stale' }, 1, 'stale')
		);
		expect([stale.status, stale.messageKey, stale.params]).toEqual([
			409,
			'error.strategy_conflict',
			{ version: 2 }
		]);
		expect(versionRows(db).length).toBe(versions);
		expect(auditCount(db)).toBe(audits);
		expect(currentStrategyOutline(db, sq, coordinator, round.id).outline).toEqual(edited);

		const member404 = refusal(() => saveStrategyVersion(db, sq, member, round.id, v1, 2, 'member'));
		expect(member404.status).toBe(404);

		expect(restoreStrategyVersion(db, sq, coordinator, round.id, 1)).toBe(3);
		const current = currentStrategyOutline(db, sq, coordinator, round.id);
		expect(current.version).toBe(3);
		expect(current.outline).toEqual(v1);
		const missing = refusal(() => restoreStrategyVersion(db, sq, coordinator, round.id, 99));
		expect([missing.status, missing.messageKey]).toEqual([404, 'error.not_found']);

		const list = listStrategyVersions(db, sq, member, round.id);
		expect(list.map((v) => [v.version, v.note, v.by])).toEqual([
			[3, 'restored:1', 'Kaisa Coordinator'],
			[2, 'edit', 'Kaisa Coordinator'],
			[1, 'generated', 'Kaisa Coordinator']
		]);
		expect(list[2]!.outline).toEqual(v1);
		expect(list[1]!.outline).toEqual(edited);

		const saves = strategyAudit(db).filter((a) => a.action === 'save');
		expect(saves.map((a) => [a.actorUserId, JSON.parse(a.newValue!)])).toEqual([
			[coordinator.id, { version: 2, note: 'edit' }],
			[coordinator.id, { version: 3, note: 'restored:1' }]
		]);
		expect(saves.every((a) => a.entityId === current.strategyId)).toBe(true);
	});
});

describe('merging recommendations added after the draft', () => {
	it('previews exactly the new measure and keeps edits when applied', () => {
		const { db, coordinator, expert, round } = generatedSetup();
		const v1 = currentStrategyOutline(db, sq, coordinator, round.id).outline;

		expect(previewStrategyMerge(db, sq, coordinator, round.id, 'en')).toMatchObject({
			addedMeasures: [],
			addedIndicators: [],
			baseVersion: 1
		});
		expect(applyStrategyMerge(db, sq, coordinator, round.id, 'en')).toBe(1);
		expect(versionRows(db).length).toBe(1);

		const edited: StrategyOutline = {
			...v1,
			measures: v1.measures.map((m, i) => (i === 0 ? { ...m, owner: 'Mayor', start: '2027-06' } : m))
		};
		saveStrategyVersion(db, sq, coordinator, round.id, edited, 1, 'edit');

		const newId = addRecommendation(
			db,
			questionnaires,
			expert,
			round.id,
			{
				areaCode: 'l1',
				text: 'Open an advice desk',
				priority: 'high'
			},
			'en'
		);
		expect(listRecommendations(db, round.id).find((r) => r.id === newId)!.status).toBe('accepted');

		const preview = previewStrategyMerge(db, sq, coordinator, round.id, 'en');
		expect(preview.baseVersion).toBe(2);
		// l1 had only the rejected q7, so it gets its first measure; the indicators are all there already.
		expect(preview.addedMeasures).toEqual([
			expect.objectContaining({ recommendationIds: [newId], areaCode: 'l1' })
		]);
		expect(preview.addedIndicators).toEqual([]);
		expect(versionRows(db).length).toBe(2);

		expect(applyStrategyMerge(db, sq, coordinator, round.id, 'en')).toBe(3);
		const merged = currentStrategyOutline(db, sq, coordinator, round.id).outline;
		expect(merged.measures.slice(0, edited.measures.length)).toEqual(edited.measures);
		expect(merged.measures[0]).toMatchObject({ owner: 'Mayor', start: '2027-06' });
		expect(merged.measures.map((m) => m.recommendationId)).toEqual([
			...edited.measures.map((m) => m.recommendationId),
			newId
		]);
		expect(merged.indicators).toEqual(edited.indicators);
		expect(listStrategyVersions(db, sq, coordinator, round.id)[0]!.note).toBe('merged');
	});

	it('does not bring back a measure the coordinator removed', () => {
		const { db, coordinator, round } = generatedSetup();
		const v1 = currentStrategyOutline(db, sq, coordinator, round.id).outline;
		const removed = v1.measures[1]!;
		const without = applyOperation(v1, { kind: 'remove_measure', id: removed.id }, () => 'x');
		expect(without.removedRecommendationIds).toEqual([removed.recommendationId]);
		saveStrategyVersion(db, sq, coordinator, round.id, without, 1, 'edit');

		const preview = previewStrategyMerge(db, sq, coordinator, round.id, 'en');
		expect(preview.addedMeasures).toEqual([]);
		expect(applyStrategyMerge(db, sq, coordinator, round.id, 'en')).toBe(2);
		const current = currentStrategyOutline(db, sq, coordinator, round.id).outline;
		expect(current.measures.map((m) => m.id)).not.toContain(removed.id);
	});
});

describe('strategy comments and access', () => {
	it('lets the leader and the coordinator comment, not a member, and only on known sections', () => {
		const { db, coordinator, leader, member, round } = generatedSetup();
		addStrategyComment(db, sq, leader, round.id, 'measures', 'Who pays for the desk?');
		addStrategyComment(db, sq, coordinator, round.id, 'vision', 'Shorter, please');

		const e = refusal(() => addStrategyComment(db, sq, member, round.id, 'vision', 'Me too'));
		expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
		const unknown = refusal(() => addStrategyComment(db, sq, leader, round.id, 'budget', 'Hm'));
		expect([unknown.status, unknown.messageKey]).toEqual([400, 'error.invalid']);

		const { strategyId } = currentStrategyOutline(db, sq, leader, round.id);
		const comments = listStrategyComments(db, strategyId);
		expect(comments.map((c) => [c.section, c.author, c.body]).sort()).toEqual([
			['measures', 'Lauri Leader', 'Who pays for the desk?'],
			['vision', 'Kaisa Coordinator', 'Shorter, please']
		]);
		expect(
			db
				.select()
				.from(strategyComments)
				.where(and(eq(strategyComments.strategyId, strategyId), eq(strategyComments.userId, member.id)))
				.all()
		).toEqual([]);
	});

	it('hides the strategy from users of another municipality', () => {
		const { db, round } = generatedSetup();
		const other = otherTown(db);
		const e = refusal(() => currentStrategyOutline(db, sq, other.coordinator, round.id));
		expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
		const list = refusal(() => listStrategyVersions(db, sq, other.coordinator, round.id));
		expect(list.status).toBe(404);
		const gen = refusal(() => generateStrategy(db, sq, other.coordinator, round.id, 'en'));
		expect(gen.status).toBe(404);
	});
});
