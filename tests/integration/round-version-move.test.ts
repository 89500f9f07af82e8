import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { answers, assessmentRounds, auditLog } from '../../src/lib/server/db/schema';
import { loadAllQuestionnaires } from '../../src/lib/server/questionnaire-loader';
import { saveAnswer } from '../../src/lib/server/services/answers';
import { moveRoundToNextVersion, versionMoveFor } from '../../src/lib/server/services/round-version';
import { openRound } from '../../src/lib/server/services/rounds';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';
import { refusal, save } from './round-fixtures';

const all = loadAllQuestionnaires('questionnaires');
const v10 = all.get('gri-2026')!;
const opt = (option: string): AnswerValue => ({ kind: 'option', option });

/** A 2026 round on 1.0, opened the way the demo opens it (1.0 alone), with a few answers. */
function setup() {
	const db = freshDb();
	const town = addMunicipality(db, { name: 'Koivuranta' });
	const coordinator = addUser(db, { name: 'Kaisa Coordinator' });
	const member = addUser(db, { name: 'Mikko Member' });
	grant(db, coordinator, town.id, 'coordinator');
	grant(db, member, town.id, 'member');
	const round = openRound(db, new Map([['gri-2026', v10]]), coordinator, {
		municipalityId: town.id,
		questionnaireId: 'gri-2026',
		year: 2026
	});
	const answer = (code: string, value: AnswerValue, justification = '') =>
		saveAnswer(db, all, member, round.id, code, save(value, 0, { justification }));
	answer('nbh-encounters', opt('yes')); // same
	answer('com-plan-content', { kind: 'options', options: ['objectives', 'measures'] }); // changed, still valid
	answer('wel-civic-orientation', opt('regular')); // removed in 1.1
	// changed: the mother-tongue option moved to the language area, so this answer is no longer valid
	answer(
		'edu-language-support',
		{ kind: 'options', options: ['mother-tongue', 'preparatory'] },
		'Two schools'
	);
	return { db, town, coordinator, member, round };
}

const rowOf = (db: ReturnType<typeof freshDb>, roundId: string, code: string) =>
	db
		.select()
		.from(answers)
		.all()
		.find((a) => a.roundId === roundId && a.questionCode === code);

describe('moving an open round from questionnaire 1.0 to 1.1', () => {
	it('offers the move to the coordinator of a draft round on 1.0 only', () => {
		const { round } = setup();
		expect(versionMoveFor(all, round)).toMatchObject({ id: 'gri-2026-v1-1', version: '1.1' });
		expect(versionMoveFor(all, { ...round, status: 'submitted' })).toBeNull();
		expect(versionMoveFor(all, { ...round, questionnaireId: 'gri-2026-v1-1' })).toBeNull();
	});

	it('carries the answers the mapping keeps, deletes removed ones, clears invalid ones, and audits the move', () => {
		const { db, coordinator, round } = setup();
		const moved = moveRoundToNextVersion(db, all, coordinator, round.id);
		expect(moved).toMatchObject({
			to: 'gri-2026-v1-1',
			version: '1.1',
			removed: ['wel-civic-orientation'],
			cleared: ['edu-language-support']
		});
		expect([...moved.carried].sort()).toEqual(['com-plan-content', 'nbh-encounters']);

		const after = db.select().from(assessmentRounds).where(eq(assessmentRounds.id, round.id)).get()!;
		expect(after).toMatchObject({
			questionnaireId: 'gri-2026-v1-1',
			questionnaireVersion: '1.1',
			status: 'draft'
		});
		expect(JSON.parse(rowOf(db, round.id, 'nbh-encounters')!.value!)).toEqual(opt('yes'));
		expect(JSON.parse(rowOf(db, round.id, 'com-plan-content')!.value!)).toEqual({
			kind: 'options',
			options: ['objectives', 'measures']
		});
		expect(rowOf(db, round.id, 'wel-civic-orientation')).toBeUndefined();
		const cleared = rowOf(db, round.id, 'edu-language-support')!;
		expect(cleared).toMatchObject({ value: null, justification: 'Two schools', version: 2 });

		const audit = db.select().from(auditLog).where(eq(auditLog.action, 'move_version')).all();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ entity: 'round', entityId: round.id, actorUserId: coordinator.id });
		expect(JSON.parse(audit[0]!.oldValue!)).toMatchObject({
			questionnaire: 'gri-2026',
			version: '1.0',
			removed: [{ code: 'wel-civic-orientation', value: opt('regular') }]
		});
		expect(JSON.parse(audit[0]!.newValue!)).toEqual({
			questionnaire: 'gri-2026-v1-1',
			version: '1.1',
			carried: 2
		});
	});

	it('lets the moved round be answered on 1.1, where a removed question is unknown', () => {
		const { db, coordinator, member, round } = setup();
		moveRoundToNextVersion(db, all, coordinator, round.id);
		expect(
			refusal(() => saveAnswer(db, all, member, round.id, 'wel-civic-orientation', save(opt('regular'), 0)))
				.messageKey
		).toBe('error.question_unknown');
		expect(saveAnswer(db, all, member, round.id, 'wel-resettlement', save(opt('agreement'), 0)).version).toBe(
			1
		);
	});

	it('refuses a member, a round already on the latest version, and a round no longer being answered', () => {
		const { db, coordinator, member, round } = setup();
		expect(refusal(() => moveRoundToNextVersion(db, all, member, round.id)).status).toBe(404);
		moveRoundToNextVersion(db, all, coordinator, round.id);
		expect(refusal(() => moveRoundToNextVersion(db, all, coordinator, round.id)).messageKey).toBe(
			'error.version_latest'
		);

		const other = setup();
		other.db
			.update(assessmentRounds)
			.set({ status: 'submitted' })
			.where(eq(assessmentRounds.id, other.round.id))
			.run();
		expect(
			refusal(() => moveRoundToNextVersion(other.db, all, other.coordinator, other.round.id)).messageKey
		).toBe('error.round_not_draft');
		expect(other.db.select().from(auditLog).where(eq(auditLog.action, 'move_version')).all()).toEqual([]);
	});

	it('opens new rounds on the latest version only', () => {
		const { db, town, coordinator } = setup();
		const e = refusal(() =>
			openRound(db, all, coordinator, { municipalityId: town.id, questionnaireId: 'gri-2026', year: 2027 })
		);
		expect(e).toMatchObject({ messageKey: 'error.questionnaire_superseded', field: 'questionnaireId' });
		const round = openRound(db, all, coordinator, {
			municipalityId: town.id,
			questionnaireId: 'gri-2026-v1-1',
			year: 2027
		});
		expect(round.questionnaireVersion).toBe('1.1');
	});
});
