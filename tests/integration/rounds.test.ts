import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { assessmentRounds, auditLog, municipalities } from '../../src/lib/server/db/schema';
import { saveAnswer } from '../../src/lib/server/services/answers';
import {
	assignArea,
	listAssignments,
	listRounds,
	openRound,
	reopenRound,
	submitRound
} from '../../src/lib/server/services/rounds';
import { addUser, grant } from '../helpers/db';
import { otherTown, questionnaires, refusal, roundSetup, save } from './round-fixtures';

describe('opening a round', () => {
	it('copies the municipality context facts into the round and records who opened it', () => {
		const { db, town, coordinator, round } = roundSetup();
		expect(round).toMatchObject({
			municipalityId: town.id,
			questionnaireId: 'mini',
			questionnaireVersion: '0.1',
			year: 2026,
			status: 'draft',
			population: 50_000,
			diversityShare: 8,
			diversityMeasure: 'foreign_language',
			createdBy: coordinator.id
		});
		db.update(municipalities).set({ population: 99_999 }).where(eq(municipalities.id, town.id)).run();
		expect(listRounds(db, coordinator, town.id)[0]!.population).toBe(50_000);
		const audit = db.select().from(auditLog).all();
		expect(audit).toEqual([
			expect.objectContaining({
				action: 'open',
				entity: 'round',
				entityId: round.id,
				actorUserId: coordinator.id
			})
		]);
		expect(JSON.parse(audit[0]!.newValue!)).toEqual({ year: 2026, questionnaire: 'mini' });
	});

	it('refuses a second round of the same questionnaire and year, but allows another year', () => {
		const { db, town, coordinator } = roundSetup();
		const input = { municipalityId: town.id, questionnaireId: 'mini', year: 2026 };
		const e = refusal(() => openRound(db, questionnaires, coordinator, input));
		expect([e.status, e.messageKey, e.params]).toEqual([409, 'error.round_exists', { year: 2026 }]);
		expect(db.select().from(assessmentRounds).all()).toHaveLength(1);
		openRound(db, questionnaires, coordinator, { ...input, year: 2027 });
		expect(listRounds(db, coordinator, town.id).map((r) => r.year)).toEqual([2027, 2026]);
	});

	it('refuses a member with 404 and an unknown questionnaire with a clear error', () => {
		const { db, town, coordinator, member } = roundSetup();
		const input = { municipalityId: town.id, questionnaireId: 'mini', year: 2030 };
		expect(refusal(() => openRound(db, questionnaires, member, input)).status).toBe(404);
		const e = refusal(() =>
			openRound(db, questionnaires, coordinator, { ...input, questionnaireId: 'nope' })
		);
		expect([e.status, e.messageKey]).toEqual([400, 'error.questionnaire_unknown']);
		expect(db.select().from(assessmentRounds).all()).toHaveLength(1);
	});

	it('hides the rounds of another municipality with 404', () => {
		const { db, coordinator } = roundSetup();
		const other = otherTown(db);
		expect(refusal(() => listRounds(db, coordinator, other.townId)).status).toBe(404);
		expect(listRounds(db, other.coordinator, other.townId)).toHaveLength(1);
	});
});

describe('assigning areas', () => {
	const names = (rows: Array<{ areaCode: string; name: string }>) =>
		rows.map((r) => `${r.areaCode}:${r.name}`).sort();

	it('assigns members to an area and replaces them on the next call', () => {
		const { db, coordinator, member, member2, round } = roundSetup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id, member2.id, member.id]);
		assignArea(db, questionnaires, coordinator, round.id, 'l1', [coordinator.id]);
		expect(names(listAssignments(db, round.id))).toEqual([
			'a:Mikko Member',
			'a:Sara Member',
			'l1:Kaisa Coordinator'
		]);
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member2.id]);
		expect(names(listAssignments(db, round.id))).toEqual(['a:Sara Member', 'l1:Kaisa Coordinator']);
		assignArea(db, questionnaires, coordinator, round.id, 'a', []);
		expect(names(listAssignments(db, round.id))).toEqual(['l1:Kaisa Coordinator']);
	});

	it('refuses a leader, an expert or an outsider as assignee and changes nothing', () => {
		const { db, coordinator, member, leader, expert, round } = roundSetup();
		const outsider = otherTown(db).coordinator;
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id]);
		const before = db.select().from(auditLog).all().length;
		for (const who of [leader, expert, outsider]) {
			const e = refusal(() =>
				assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id, who.id])
			);
			expect([e.status, e.messageKey]).toEqual([400, 'error.assignee_not_member']);
		}
		expect(names(listAssignments(db, round.id))).toEqual(['a:Mikko Member']);
		expect(db.select().from(auditLog).all()).toHaveLength(before);
	});

	it('refuses a composite area and lets only the coordinator assign', () => {
		const { db, coordinator, member, round } = roundSetup();
		expect(refusal(() => assignArea(db, questionnaires, coordinator, round.id, 'lens', [])).messageKey).toBe(
			'error.area_unknown'
		);
		expect(refusal(() => assignArea(db, questionnaires, member, round.id, 'a', [member.id])).status).toBe(
			404
		);
	});

	it('assigns a working-group member who is also a coordinator', () => {
		const { db, town, round, coordinator } = roundSetup();
		const both = addUser(db, { name: 'Both Roles' });
		grant(db, both, town.id, 'coordinator');
		grant(db, both, town.id, 'member');
		assignArea(db, questionnaires, coordinator, round.id, 'a', [both.id]);
		expect(names(listAssignments(db, round.id))).toEqual(['a:Both Roles']);
	});
});

describe('submitting and reopening', () => {
	const ANSWERS = {
		q1: { kind: 'option', option: 'some' },
		q2: { kind: 'option', option: 'yes' },
		q3: { kind: 'options', options: ['o1'] },
		q6: { kind: 'not_applicable' },
		q7: { kind: 'dont_know' },
		q8: { kind: 'option', option: 'mid' }
	} satisfies Record<string, AnswerValue>;

	it('refuses until every mandatory question has a value, then submits', () => {
		const { db, coordinator, member, round } = roundSetup();
		const missing = () => refusal(() => submitRound(db, questionnaires, coordinator, round.id));
		expect([missing().status, missing().messageKey, missing().params]).toEqual([
			400,
			'error.round_incomplete',
			{ count: 7 }
		]);
		for (const [code, value] of Object.entries(ANSWERS))
			saveAnswer(db, questionnaires, member, round.id, code, save(value));
		saveAnswer(db, questionnaires, member, round.id, 'q4', save({ kind: 'number', value: 3 }));
		saveAnswer(db, questionnaires, member, round.id, 'q5', save({ kind: 'text', value: 'notes' }));
		saveAnswer(db, questionnaires, member, round.id, 'q9', save(null, 0, { justification: 'draft' }));
		expect(missing().params).toEqual({ count: 1 });
		expect(listRounds(db, coordinator, round.municipalityId)[0]!.status).toBe('draft');

		saveAnswer(db, questionnaires, member, round.id, 'q9', save({ kind: 'option', option: 'no' }, 1));
		submitRound(db, questionnaires, coordinator, round.id);
		const stored = listRounds(db, coordinator, round.municipalityId)[0]!;
		expect(stored).toMatchObject({ status: 'submitted', submittedBy: coordinator.id });
		expect(stored.submittedAt).toBeInstanceOf(Date);
	});

	it('locks a submitted round against saves until the coordinator reopens it', () => {
		const { db, coordinator, member, round } = roundSetup();
		const all: Record<string, AnswerValue> = { ...ANSWERS, q9: { kind: 'option', option: 'no' } };
		for (const [code, value] of Object.entries(all))
			saveAnswer(db, questionnaires, member, round.id, code, save(value));
		submitRound(db, questionnaires, coordinator, round.id);
		const locked = refusal(() => saveAnswer(db, questionnaires, member, round.id, 'q1', save(null, 1)));
		expect([locked.status, locked.messageKey]).toEqual([409, 'error.round_locked']);
		expect(refusal(() => submitRound(db, questionnaires, coordinator, round.id)).messageKey).toBe(
			'error.round_not_draft'
		);
		expect(refusal(() => reopenRound(db, questionnaires, member, round.id)).status).toBe(404);

		reopenRound(db, questionnaires, coordinator, round.id);
		expect(listRounds(db, coordinator, round.municipalityId)[0]).toMatchObject({
			status: 'draft',
			submittedAt: null,
			submittedBy: null
		});
		expect(
			saveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'dont_know' }, 1)).version
		).toBe(2);
		expect(refusal(() => reopenRound(db, questionnaires, coordinator, round.id)).messageKey).toBe(
			'error.round_not_submitted'
		);
		const statuses = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'status'))
			.all()
			.map((a) => [a.oldValue, a.newValue]);
		expect(statuses).toEqual([
			['"draft"', '"submitted"'],
			['"submitted"', '"draft"']
		]);
	});

	it('refuses a member who tries to submit with 404', () => {
		const { db, member, round } = roundSetup();
		expect(refusal(() => submitRound(db, questionnaires, member, round.id)).status).toBe(404);
	});
});
