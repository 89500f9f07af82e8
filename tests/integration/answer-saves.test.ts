import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import type { MessageKey } from '../../src/lib/i18n/translate';
import { isScored, type ScoredQuestion } from '../../src/lib/domain/questionnaire/schema';
import { auditLog } from '../../src/lib/server/db/schema';
import { AnswerConflict, readAnswers, saveAnswer } from '../../src/lib/server/services/answers';
import { addUser, grant } from '../helpers/db';
import { answerState, otherTown, questionnaires, refusal, roundSetup, save, shipped } from './round-fixtures';

/** mulberry32: the same sequence on every run. */
function prng(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function validValue(q: ScoredQuestion, random: () => number): AnswerValue {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
	if (random() < 0.1) return { kind: 'dont_know' };
	if (q.allow_not_applicable && random() < 0.1) return { kind: 'not_applicable' };
	if (q.type === 'yes_partly_no') return { kind: 'option', option: pick(['yes', 'partly', 'no']) };
	if (q.type === 'single_choice') return { kind: 'option', option: pick(q.options).code };
	const exclusive = q.options.filter((o) => o.exclusive);
	if (exclusive.length && random() < 0.15) return { kind: 'options', options: [pick(exclusive).code] };
	const rest = q.options.filter((o) => !o.exclusive);
	const chosen = rest.filter(() => random() < 0.5).map((o) => o.code);
	return { kind: 'options', options: chosen.length ? chosen : [pick(rest).code] };
}

describe('concurrent autosaves', () => {
	it('1,000 answer saves across 20 simulated members leave exactly the expected answers and 1,000 audit rows', () => {
		const { db, town, round } = roundSetup('gri-2026');
		const members = Array.from({ length: 20 }, (_, i) => {
			const user = addUser(db, { name: `Member ${i}` });
			grant(db, user, town.id, 'member');
			return user;
		});
		const scored = shipped.areas.flatMap((a) => a.questions).filter(isScored);
		const random = prng(20260301);
		const expected = new Map<string, { value: AnswerValue; saves: number; by: string }>();

		for (let i = 0; i < 1000; i++) {
			const member = members[Math.floor(random() * members.length)]!;
			const question = scored[Math.floor(random() * scored.length)]!;
			const value = validValue(question, random);
			const loaded = readAnswers(db, round.id).get(question.code)?.version ?? 0;
			const saved = saveAnswer(db, questionnaires, member, round.id, question.code, save(value, loaded));
			expect(saved.version).toBe(loaded + 1);
			const before = expected.get(question.code)?.saves ?? 0;
			expected.set(question.code, { value, saves: before + 1, by: member.name });
		}

		const stored = readAnswers(db, round.id);
		expect(stored.size).toBe(expected.size);
		for (const [code, want] of expected) {
			expect(stored.get(code)).toMatchObject({
				value: want.value,
				version: want.saves,
				updatedByName: want.by
			});
		}

		const audit = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'answer'), eq(auditLog.action, 'save')))
			.orderBy(asc(auditLog.id))
			.all();
		expect(audit).toHaveLength(1000);
		const last = new Map<string, unknown>();
		for (const row of audit) {
			const code = row.entityId.replace(`${round.id}:`, '');
			const previous = last.get(code);
			expect(row.oldValue === null ? null : JSON.parse(row.oldValue)).toEqual(previous ?? null);
			last.set(code, JSON.parse(row.newValue!));
		}
		for (const [code, want] of expected) {
			expect(last.get(code)).toEqual({ value: want.value, justification: '', evidence: [] });
		}
	});
});

describe('refused saves', () => {
	/** A round with one saved answer, so "unchanged" compares against real content. */
	function withAnswer() {
		const ctx = roundSetup();
		saveAnswer(
			ctx.db,
			questionnaires,
			ctx.member,
			ctx.round.id,
			'q1',
			save({ kind: 'option', option: 'some' })
		);
		return { ...ctx, before: answerState(ctx.db) };
	}

	it('refuses a stale version with the current answer and changes nothing', () => {
		const { db, member2, round, before } = withAnswer();
		const e = refusal(() =>
			saveAnswer(db, questionnaires, member2, round.id, 'q1', save({ kind: 'option', option: 'full' }, 0))
		);
		expect(e).toBeInstanceOf(AnswerConflict);
		expect([e.status, e.messageKey]).toEqual([409, 'error.conflict']);
		expect((e as AnswerConflict).current).toMatchObject({
			value: { kind: 'option', option: 'some' },
			version: 1,
			updatedByName: 'Mikko Member'
		});
		expect(answerState(db)).toEqual(before);
	});

	it.each([
		['q1', { kind: 'number', value: 2 }, 'error.answer_wrong_type'],
		['q3', { kind: 'options', options: ['none', 'o1'] }, 'error.answer_exclusive'],
		['q3', { kind: 'options', options: [] }, 'error.answer_empty'],
		['q2', { kind: 'not_applicable' }, 'error.answer_na_not_allowed'],
		['q5', { kind: 'option', option: 'yes' }, 'error.answer_wrong_type']
	] satisfies Array<[string, AnswerValue, MessageKey]>)(
		'refuses a malformed value for %s (%j) and changes nothing',
		(code, value, key) => {
			const { db, member, round, before } = withAnswer();
			const e = refusal(() => saveAnswer(db, questionnaires, member, round.id, code, save(value)));
			expect([e.status, e.messageKey, e.field]).toEqual([400, key, 'value']);
			expect(answerState(db)).toEqual(before);
		}
	);

	it('refuses an option that does not exist and changes nothing', () => {
		const { db, member, round, before } = withAnswer();
		for (const [code, value] of [
			['q1', { kind: 'option', option: 'plenty' }],
			['q2', { kind: 'option', option: 'maybe' }],
			['q3', { kind: 'options', options: ['o1', 'o9'] }]
		] satisfies Array<[string, AnswerValue]>) {
			const e = refusal(() => saveAnswer(db, questionnaires, member, round.id, code, save(value, 1)));
			expect([e.status, e.messageKey]).toEqual([400, 'error.answer_unknown_option']);
		}
		expect(answerState(db)).toEqual(before);
	});

	it('refuses a question of another questionnaire and changes nothing', () => {
		const { db, member, round, before } = withAnswer();
		const code = shipped.areas.flatMap((a) => a.questions).find(isScored)!.code;
		const e = refusal(() =>
			saveAnswer(db, questionnaires, member, round.id, code, save({ kind: 'dont_know' }))
		);
		expect([e.status, e.messageKey]).toEqual([400, 'error.question_unknown']);
		expect(answerState(db)).toEqual(before);
	});

	it('refuses a round of another municipality with 404 and changes nothing', () => {
		const { db, member, coordinator } = withAnswer();
		const other = otherTown(db);
		const before = answerState(db);
		for (const user of [member, coordinator]) {
			const e = refusal(() =>
				saveAnswer(db, questionnaires, user, other.roundId, 'q1', save({ kind: 'dont_know' }))
			);
			expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
		}
		expect(
			refusal(() => saveAnswer(db, questionnaires, member, 'no-such-round', 'q1', save(null))).status
		).toBe(404);
		expect(answerState(db)).toEqual(before);
	});

	it('refuses a leader and an expert with 404, since they do not answer', () => {
		const { db, leader, expert, round, before } = withAnswer();
		for (const user of [leader, expert]) {
			const e = refusal(() =>
				saveAnswer(db, questionnaires, user, round.id, 'q2', save({ kind: 'option', option: 'yes' }))
			);
			expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
		}
		expect(answerState(db)).toEqual(before);
	});
});
