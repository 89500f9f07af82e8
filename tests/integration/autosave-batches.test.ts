import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import type { Db } from '../../src/lib/server/db/client';
import { groupCommit } from '../../src/lib/server/db/group-commit';
import { answerSaves, answers, auditLog } from '../../src/lib/server/db/schema';
import {
	AnswerConflict,
	REMEMBERED_SAVES,
	autosaveAnswer,
	readAnswers,
	saveAnswer,
	type StoredAnswer
} from '../../src/lib/server/services/answers';
import { ServiceError } from '../../src/lib/server/services/errors';
import { submitRound } from '../../src/lib/server/services/rounds';
import { answerState, questionnaires, roundSetup, save } from './round-fixtures';

/** Counts the group commit's COMMITs and notes the order of commits and acknowledgements. */
function watchCommits(db: Db) {
	const events: string[] = [];
	let failNext: Error | null = null;
	const prepare = db.$client.prepare.bind(db.$client);
	// Before the connection's queue exists, so that it prepares its COMMIT through the spy.
	vi.spyOn(db.$client, 'prepare').mockImplementation(((sql: string) => {
		const statement = prepare(sql);
		if (sql !== 'COMMIT') return statement;
		const run = statement.run.bind(statement);
		statement.run = (...args: unknown[]) => {
			if (failNext) {
				const error = failNext;
				failNext = null;
				throw error;
			}
			const result = run(...args);
			events.push('commit');
			return result;
		};
		return statement;
	}) as typeof db.$client.prepare);
	return {
		events,
		commits: () => events.filter((e) => e === 'commit').length,
		failNextCommit: (error: Error) => (failNext = error)
	};
}

const settle = <T>(promise: Promise<T>, events: string[], label: string) =>
	promise.then(
		(value) => {
			events.push(`${label} saved`);
			return value;
		},
		(error: unknown) => {
			events.push(`${label} refused`);
			throw error;
		}
	);

const auditRows = (db: Db, roundId: string, code: string) =>
	db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.entity, 'answer'), eq(auditLog.entityId, `${roundId}:${code}`)))
		.all();

describe('group commit of autosaves', () => {
	it('commits saves that arrive together once, and a conflicting one fails alone', async () => {
		const { db, member, member2, coordinator, round } = roundSetup();
		const watch = watchCommits(db);
		const mine = settle(
			autosaveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'option', option: 'some' })),
			watch.events,
			'mine'
		);
		// Edited from the same version as mine, which the batch commits first: a conflict.
		const stale = settle(
			autosaveAnswer(db, questionnaires, member2, round.id, 'q1', save({ kind: 'option', option: 'full' })),
			watch.events,
			'stale'
		);
		const other = settle(
			autosaveAnswer(
				db,
				questionnaires,
				coordinator,
				round.id,
				'q2',
				save({ kind: 'option', option: 'yes' })
			),
			watch.events,
			'other'
		);
		expect(groupCommit(db).pending).toBe(3);
		expect(watch.commits()).toBe(0);

		const [a, b, c] = await Promise.allSettled([mine, stale, other]);
		expect(watch.commits()).toBe(1);
		// Nobody hears "saved" before the COMMIT has returned.
		expect(watch.events[0]).toBe('commit');
		expect(a).toMatchObject({ status: 'fulfilled', value: { version: 1, value: { option: 'some' } } });
		expect(c).toMatchObject({ status: 'fulfilled', value: { version: 1, value: { option: 'yes' } } });
		expect(b.status).toBe('rejected');
		const conflict = (b as PromiseRejectedResult).reason;
		expect(conflict).toBeInstanceOf(AnswerConflict);
		expect((conflict as AnswerConflict).current).toMatchObject({
			value: { kind: 'option', option: 'some' },
			version: 1,
			updatedByName: 'Mikko Member'
		});

		const stored = readAnswers(db, round.id);
		expect(stored.get('q1')).toMatchObject({ value: { option: 'some' }, version: 1 });
		expect(stored.get('q2')).toMatchObject({ value: { option: 'yes' }, version: 1 });
		expect(auditRows(db, round.id, 'q1')).toHaveLength(1);
		expect(auditRows(db, round.id, 'q2')).toHaveLength(1);
	});

	it('refuses an invalid or forbidden save alone, with its own reason', async () => {
		const { db, member, leader, round } = roundSetup();
		const results = await Promise.allSettled([
			autosaveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'number', value: 2 })),
			autosaveAnswer(db, questionnaires, leader, round.id, 'q2', save({ kind: 'option', option: 'yes' })),
			autosaveAnswer(db, questionnaires, member, round.id, 'nope', save({ kind: 'dont_know' })),
			autosaveAnswer(db, questionnaires, member, round.id, 'q2', save({ kind: 'option', option: 'no' }))
		]);
		const reasons = results.map((r) =>
			r.status === 'rejected'
				? [(r.reason as ServiceError).status, (r.reason as ServiceError).messageKey]
				: 'saved'
		);
		expect(reasons).toEqual([
			[400, 'error.answer_wrong_type'],
			[404, 'error.not_found'],
			[400, 'error.question_unknown'],
			'saved'
		]);
		expect(db.select().from(answers).all()).toHaveLength(1);
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'save')).all()).toHaveLength(1);
	});

	it('acknowledges nothing of a batch whose commit fails, and keeps none of it', async () => {
		const { db, member, member2, round } = roundSetup();
		const before = answerState(db);
		const watch = watchCommits(db);
		watch.failNextCommit(new Error('disk I/O error'));
		const results = await Promise.allSettled([
			autosaveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'option', option: 'some' })),
			autosaveAnswer(db, questionnaires, member2, round.id, 'q2', save({ kind: 'option', option: 'yes' }))
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		expect(db.$client.inTransaction).toBe(false);
		expect(answerState(db)).toEqual(before);
		// The connection works on: the next batch commits.
		await expect(
			autosaveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'option', option: 'some' }))
		).resolves.toMatchObject({ version: 1 });
	});

	it('splits a burst into batches of at most 64 saves, in the order they came', async () => {
		const { db, member, round } = roundSetup('gri-2026');
		const watch = watchCommits(db);
		const codes = questionnaires
			.get('gri-2026')!
			.areas.flatMap((a) => a.questions)
			.filter((q) => q.type === 'yes_partly_no')
			.map((q) => q.code);
		expect(codes.length).toBeGreaterThan(10);
		const saves: Promise<StoredAnswer>[] = [];
		// Each question saved several times in a row, each save on top of the one before it.
		for (let n = 0; n < 100; n++) {
			const code = codes[n % codes.length]!;
			const version = Math.floor(n / codes.length);
			saves.push(
				autosaveAnswer(db, questionnaires, member, round.id, code, save({ kind: 'dont_know' }, version))
			);
		}
		const saved = await Promise.all(saves);
		expect(watch.commits()).toBe(2);
		expect(saved.map((s) => s.version)).toEqual(saves.map((_, n) => Math.floor(n / codes.length) + 1));
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'save')).all()).toHaveLength(100);
	});
});

describe('save ids', () => {
	const saveId = (n: number) => `save-id-${String(n).padStart(8, '0')}`;

	it('answers the retry of a committed save with its result, and writes no second audit row', async () => {
		const { db, member, round } = roundSetup();
		const input = save({ kind: 'option', option: 'some' }, 0, {
			justification: 'minutes 3/2026',
			saveId: saveId(1)
		});
		const first = await autosaveAnswer(db, questionnaires, member, round.id, 'q1', input);
		const after = answerState(db);

		const retry = await autosaveAnswer(db, questionnaires, member, round.id, 'q1', input);
		expect(retry).toEqual({ ...first, updatedAt: retry.updatedAt });
		expect(retry.updatedAt.getTime()).toBe(first.updatedAt.getTime());
		expect(answerState(db)).toEqual(after);
		expect(auditRows(db, round.id, 'q1')).toHaveLength(1);
	});

	it('without a save id, the same retry is a conflict with itself (older pages)', async () => {
		const { db, member, round } = roundSetup();
		const input = save({ kind: 'option', option: 'some' });
		await autosaveAnswer(db, questionnaires, member, round.id, 'q1', input);
		await expect(autosaveAnswer(db, questionnaires, member, round.id, 'q1', input)).rejects.toBeInstanceOf(
			AnswerConflict
		);
	});

	it('answers a retry with the save it repeats even after later saves of the answer', async () => {
		const { db, member, member2, round } = roundSetup();
		const mine = save({ kind: 'option', option: 'some' }, 0, { saveId: saveId(1) });
		await autosaveAnswer(db, questionnaires, member, round.id, 'q1', mine);
		await autosaveAnswer(
			db,
			questionnaires,
			member2,
			round.id,
			'q1',
			save({ kind: 'option', option: 'full' }, 1)
		);
		const retry = await autosaveAnswer(db, questionnaires, member, round.id, 'q1', mine);
		// What this save did, at its version: the next edit from it then meets member2's save as a conflict.
		expect(retry).toMatchObject({ value: { option: 'some' }, version: 1, updatedByName: 'Mikko Member' });
		expect(readAnswers(db, round.id).get('q1')).toMatchObject({ value: { option: 'full' }, version: 2 });
	});

	it('does not hand one person the result of another person’s save id', async () => {
		const { db, member, member2, round } = roundSetup();
		const id = saveId(7);
		await autosaveAnswer(
			db,
			questionnaires,
			member,
			round.id,
			'q1',
			save({ kind: 'option', option: 'some' }, 0, { saveId: id })
		);
		await expect(
			autosaveAnswer(
				db,
				questionnaires,
				member2,
				round.id,
				'q1',
				save({ kind: 'option', option: 'full' }, 0, { saveId: id })
			)
		).rejects.toBeInstanceOf(AnswerConflict);
		// From the version there now, the same id is an ordinary save, saved once.
		const theirs = save({ kind: 'option', option: 'full' }, 1, { saveId: id });
		await expect(autosaveAnswer(db, questionnaires, member2, round.id, 'q1', theirs)).resolves.toMatchObject({
			version: 2,
			updatedByName: 'Sara Member'
		});
		expect(auditRows(db, round.id, 'q1')).toHaveLength(2);
	});

	it('still checks access before reading a save back', async () => {
		const { db, member, leader, round } = roundSetup();
		const input = save({ kind: 'option', option: 'some' }, 0, { saveId: saveId(2) });
		await autosaveAnswer(db, questionnaires, member, round.id, 'q1', input);
		const e = await autosaveAnswer(db, questionnaires, leader, round.id, 'q1', input).catch(
			(e: unknown) => e
		);
		expect([(e as ServiceError).status, (e as ServiceError).messageKey]).toEqual([404, 'error.not_found']);
	});

	it('reports a committed save as saved even when the round was submitted since', async () => {
		const { db, member, coordinator, round } = roundSetup();
		// Every mandatory question of the mini questionnaire, so that the coordinator can submit.
		const values = {
			q1: { kind: 'option', option: 'some' },
			q2: { kind: 'option', option: 'yes' },
			q3: { kind: 'options', options: ['o1'] },
			q6: { kind: 'not_applicable' },
			q7: { kind: 'dont_know' },
			q8: { kind: 'option', option: 'mid' },
			q9: { kind: 'option', option: 'no' }
		} satisfies Record<string, AnswerValue>;
		const first = save(values.q1, 0, { saveId: saveId(1) });
		await autosaveAnswer(db, questionnaires, member, round.id, 'q1', first);
		for (const [code, value] of Object.entries(values).slice(1))
			await autosaveAnswer(db, questionnaires, member, round.id, code, save(value));
		submitRound(db, questionnaires, coordinator, round.id);

		await expect(autosaveAnswer(db, questionnaires, member, round.id, 'q1', first)).resolves.toMatchObject({
			version: 1,
			value: values.q1
		});
		const e = await autosaveAnswer(
			db,
			questionnaires,
			member,
			round.id,
			'q1',
			save(null, 1, { saveId: saveId(2) })
		).catch((e: unknown) => e);
		expect([(e as ServiceError).status, (e as ServiceError).messageKey]).toEqual([409, 'error.round_locked']);
	});

	it('remembers the last saves of each answer only', async () => {
		const { db, member, round } = roundSetup();
		const total = REMEMBERED_SAVES + 10;
		for (let v = 0; v < total; v++)
			saveAnswer(
				db,
				questionnaires,
				member,
				round.id,
				'q1',
				save({ kind: 'dont_know' }, v, { saveId: saveId(v) })
			);
		const kept = db.select().from(answerSaves).where(eq(answerSaves.questionCode, 'q1')).all();
		expect(kept).toHaveLength(REMEMBERED_SAVES);
		expect(Math.min(...kept.map((k) => k.version))).toBe(total - REMEMBERED_SAVES + 1);
		// The oldest one is forgotten: its retry is now an ordinary save from an old version.
		await expect(
			autosaveAnswer(
				db,
				questionnaires,
				member,
				round.id,
				'q1',
				save({ kind: 'dont_know' }, 0, { saveId: saveId(0) })
			)
		).rejects.toBeInstanceOf(AnswerConflict);
	});
});
