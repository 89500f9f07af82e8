import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strategyVersions } from '../../src/lib/server/db/schema';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { listRecommendations, updateRecommendation } from '../../src/lib/server/services/recommendations';
import { publishRound, startReview } from '../../src/lib/server/services/review';
import { openRound, submitRound } from '../../src/lib/server/services/rounds';
import {
	currentStrategyOutline,
	generateStrategy,
	restoreStrategyVersion,
	saveStrategyVersion
} from '../../src/lib/server/services/strategy';
import {
	autosaveStrategy,
	saveDraftAsVersion,
	workingStrategy
} from '../../src/lib/server/services/strategy-drafts';
import {
	addProgressNote,
	followUpPage,
	setMeasureStatus
} from '../../src/lib/server/services/strategy-follow-up';
import { emptyMeasure } from '../../src/lib/domain/strategy/factories';
import { formOf } from '../fixtures/strategy-form';
import { ANSWERS, answer, reviewSetup } from './review-fixtures';
import { mini, questionnaires, refusal } from './round-fixtures';

/** The mini questionnaire with the shipped strategy templates next to it, under the same id. */
const dir = mkdtempSync(join(tmpdir(), 'strategy-follow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync('tests/fixtures/mini', dir, { recursive: true });
copyFileSync('questionnaires/gri-2026/strategy.yaml', join(dir, 'strategy.yaml'));
// With the fixture library, so that measures have their own titles from the measure templates.
const withStrategy = loadQuestionnaireDir(dir, mini.library);
const sq = new Map([[withStrategy.framework.id, withStrategy]]);

function drafted() {
	const setup = reviewSetup('published');
	generateStrategy(setup.db, sq, setup.coordinator, setup.round.id, 'en');
	return setup;
}

const versions = (setup: ReturnType<typeof drafted>) => setup.db.select().from(strategyVersions).all().length;

describe('the working draft', () => {
	it('autosaves without making versions, answers a retry once, and gives a stale editor a conflict', () => {
		const setup = drafted();
		const { db, coordinator, round } = setup;
		const { outline, strategyId } = currentStrategyOutline(db, sq, coordinator, round.id);
		const edited = structuredClone(outline);
		edited.measures[0]!.owner = 'Youth services';
		const first = autosaveStrategy(db, sq, coordinator, round.id, formOf(edited), 0, 'save-0000000000000001');
		expect(first.version).toBe(1);
		// The same save sent again (the answer was lost): nothing new is written.
		expect(
			autosaveStrategy(db, sq, coordinator, round.id, formOf(edited), 0, 'save-0000000000000001')
		).toEqual(first);
		edited.measures.reverse();
		autosaveStrategy(db, sq, coordinator, round.id, formOf(edited), 1, 'save-0000000000000002');
		expect(versions(setup)).toBe(1);
		const working = workingStrategy(db, strategyId);
		expect(working.outline.measures.map((m) => m.id)).toEqual(edited.measures.map((m) => m.id));
		expect(working.outline.measures.at(-1)!.owner).toBe('Youth services');
		expect(working.unsaved).toBe(true);

		// A second editor who loaded revision 1 is refused and keeps their text (nothing is overwritten).
		const stale = refusal(() =>
			autosaveStrategy(db, sq, coordinator, round.id, formOf(outline), 1, 'save-0000000000000003')
		);
		expect([stale.status, stale.messageKey]).toEqual([409, 'error.conflict']);
		expect(workingStrategy(db, strategyId).outline.measures.at(-1)!.owner).toBe('Youth services');

		const form = formOf(edited);
		const version = saveDraftAsVersion(db, sq, coordinator, round.id, form, 2, 'note:Owners agreed');
		expect(version).toBe(2);
		expect(currentStrategyOutline(db, sq, coordinator, round.id).outline.measures.at(-1)!.owner).toBe(
			'Youth services'
		);
		expect(workingStrategy(db, strategyId).unsaved).toBe(false);
		// The version moved the draft on: an editor still on revision 2 cannot save over it.
		const late = refusal(() => saveDraftAsVersion(db, sq, coordinator, round.id, form, 2, 'note:again'));
		expect([late.status, late.messageKey]).toEqual([409, 'error.strategy_conflict']);
	});

	it('refuses an end before the start naming the field and the measure, and saves nothing', () => {
		const { db, coordinator, round } = drafted();
		const { outline, strategyId } = currentStrategyOutline(db, sq, coordinator, round.id);
		const edited = structuredClone(outline);
		edited.measures[2]!.start = '2028-05';
		edited.measures[2]!.end = '2027-01';
		const e = refusal(() =>
			autosaveStrategy(db, sq, coordinator, round.id, formOf(edited), 0, 'save-0000000000000009')
		);
		expect([e.status, e.messageKey, e.field, e.params]).toEqual([
			400,
			'error.end_before_start',
			'm_end_2',
			{ n: 3 }
		]);
		expect(workingStrategy(db, strategyId).draft).toBeNull();
	});
});

describe('following up the measures', () => {
	it('shows statuses and notes to leaders, then the change per measure and carries unfinished measures forward', () => {
		const setup = drafted();
		const { db, coordinator, member, leader, expert, round } = setup;
		const first = currentStrategyOutline(db, sq, coordinator, round.id).outline;
		// Three measures the municipality added itself: the next round's draft cannot bring them back on
		// its own, so only carrying forward keeps the unfinished one.
		const own = (id: string, title: string) => emptyMeasure(id, { title, owner: 'Youth services' });
		const edited = structuredClone(first);
		edited.measures.push(
			own('m-own-done', 'Welcome guide'),
			own('m-own-dropped', 'Radio spots'),
			own('m-own-going', 'Youth mentoring pilot')
		);
		saveDraftAsVersion(db, sq, coordinator, round.id, formOf(edited), 0, 'note:');
		const { outline } = currentStrategyOutline(db, sq, coordinator, round.id);
		const [done, dropped, going] = outline.measures.slice(-3);
		const rest = outline.measures.slice(0, -3);

		setMeasureStatus(db, sq, coordinator, round.id, done!.id, 'done');
		setMeasureStatus(db, sq, member, round.id, dropped!.id, 'dropped');
		setMeasureStatus(db, sq, member, round.id, going!.id, 'in_progress');
		addProgressNote(db, sq, member, round.id, going!.id, 'Two schools joined in March.');
		addProgressNote(db, sq, member, round.id, going!.id, 'Mentors trained.');
		const leaderTries = refusal(() => setMeasureStatus(db, sq, leader, round.id, done!.id, 'in_progress'));
		expect(leaderTries.status).toBe(404);
		expect(refusal(() => addProgressNote(db, sq, member, round.id, 'm-unknown', 'x')).status).toBe(404);

		const before = followUpPage(db, sq, leader, round.id);
		expect(before.canFollow).toBe(false);
		expect(before.counts).toEqual({ not_started: rest.length, in_progress: 1, done: 1, dropped: 1 });
		const card = before.measures.find((m) => m.id === going!.id)!;
		expect([card.status, card.notes.at(-1)!.body, card.notes.length]).toEqual([
			'in_progress',
			'Mentors trained.',
			2
		]);
		expect([before.next, before.changes]).toEqual([null, null]);

		// The next round: q1 now earns full points, so area a goes from 40 to 60.
		const next = openRound(db, questionnaires, coordinator, {
			municipalityId: setup.town.id,
			questionnaireId: 'mini',
			year: 2028
		});
		answer(db, member, next.id, { ...ANSWERS, q1: { kind: 'option', option: 'full' } });
		submitRound(db, questionnaires, coordinator, next.id);
		startReview(db, questionnaires, expert, next.id);
		for (const r of listRecommendations(db, next.id))
			updateRecommendation(db, questionnaires, expert, next.id, r.id, { status: 'accepted' });
		publishRound(db, questionnaires, expert, next.id, 'accept');

		const after = followUpPage(db, sq, leader, round.id);
		expect(after.next).toMatchObject({ year: 2028 });
		const q1 = outline.measures.find((m) => m.questionCodes.includes('q1'))!;
		expect(q1.areaCodes).toEqual(['a']);
		const change = after.changes!.find((c) => c.measureId === q1.id)!;
		expect(change.areas).toEqual([{ code: 'a', before: 40, after: 60, change: 20 }]);
		for (const i of change.indicators) expect(i.change).toBe(i.after! - i.before!);

		generateStrategy(db, sq, coordinator, next.id, 'en');
		const nextOutline = currentStrategyOutline(db, sq, coordinator, next.id).outline;
		const ids = nextOutline.measures.map((m) => m.id);
		expect(ids.filter((id) => id.startsWith('m-own-'))).toEqual(['m-own-going']);
		expect(nextOutline.measures.at(-1)).toMatchObject({ id: 'm-own-going', title: 'Youth mentoring pilot' });
		// The drafted measures not started yet are there too: drafted again, or carried.
		for (const m of rest) expect(ids).toContain(m.id);
	});
});

describe('a version made outside the editor', () => {
	it('keeps the unsaved edits of the working draft and adds what the version added', () => {
		const { db, coordinator, round } = drafted();
		const { outline, strategyId, version } = currentStrategyOutline(db, sq, coordinator, round.id);
		const edited = structuredClone(outline);
		edited.vision.text = 'Unsaved new vision';
		autosaveStrategy(db, sq, coordinator, round.id, formOf(edited), 0, 'save-0000000000000011');
		// Say, new measures merged in from the recommendations, or translations saved.
		const merged = structuredClone(outline);
		merged.measures.push(emptyMeasure('m-merged', { title: 'Merged measure' }));
		merged.translations = { fi: { title: { text: 'Ohjelma', source: outline.title } } };
		saveStrategyVersion(db, sq, coordinator, round.id, merged, version, 'merged');
		const working = workingStrategy(db, strategyId).outline;
		expect(working.vision.text).toBe('Unsaved new vision');
		expect(working.measures.at(-1)!.title).toBe('Merged measure');
		expect(working.translations.fi?.title?.text).toBe('Ohjelma');
		// Restoring replaces the draft: that is what the person asked for.
		restoreStrategyVersion(db, sq, coordinator, round.id, 1);
		expect(workingStrategy(db, strategyId).outline.vision.text).toBe(outline.vision.text);
	});
});
