import { and, asc, eq } from 'drizzle-orm';
import { checkAnswer, type AnswerSave, type EvidenceLink } from '../../domain/answer-validation';
import { answerValueSchema, type AnswerValue } from '../../domain/answers';
import type { Question, Questionnaire } from '../../domain/questionnaire/schema';
import { stageAllows } from '../../domain/round-permissions';
import type { RoundStatus } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { groupCommit } from '../db/group-commit';
import { prepared } from '../db/prepared';
import { answers, auditLog, users, type AnswerRow } from '../db/schema';
import { requirePermission } from './access';
import { writeAuditPrepared } from './audit';
import { notFound, ServiceError } from './errors';
import { roundFor } from './round-access';
import {
	answerSnapshotSchema,
	evidenceListSchema,
	type AnswerSnapshot
} from '../../domain/stored/answer-schemas';
import { readJsonColumn } from '../db/json-column';
import { publishSaved } from '../live/publish';

export interface StoredAnswer {
	questionCode: string;
	value: AnswerValue | null;
	justification: string;
	evidence: EvidenceLink[];
	version: number;
	updatedBy: string | null;
	updatedByName: string | null;
	updatedAt: Date;
}

/** Refused because the answer changed since the caller loaded it; carries what is there now. */
export class AnswerConflict extends ServiceError {
	constructor(readonly current: StoredAnswer | null) {
		super(409, 'error.conflict');
	}
}

function toStored(row: AnswerRow, name: string | null): StoredAnswer {
	return {
		questionCode: row.questionCode,
		value: row.value === null ? null : readJsonColumn(answerValueSchema, row.value, 'value'),
		justification: row.justification,
		evidence: readJsonColumn(evidenceListSchema, row.evidence, 'evidence'),
		version: row.version,
		updatedBy: row.updatedBy,
		updatedByName: name,
		updatedAt: row.updatedAt
	};
}

export function readAnswers(db: Pick<Db, 'select'>, roundId: string): Map<string, StoredAnswer> {
	const rows = db
		.select({ answer: answers, name: users.name })
		.from(answers)
		.leftJoin(users, eq(answers.updatedBy, users.id))
		.where(eq(answers.roundId, roundId))
		.all();
	return new Map(rows.map((r) => [r.answer.questionCode, toStored(r.answer, r.name)]));
}

interface AnswerSqlRow {
	question_code: string;
	value: string | null;
	justification: string;
	evidence: string;
	version: number;
	updated_by: string | null;
	updated_at: number;
	updated_by_name: string | null;
}

function readAnswer(db: Db, roundId: string, questionCode: string): StoredAnswer | null {
	const row = prepared<[string, string], AnswerSqlRow>(
		db,
		`select a.question_code, a.value, a.justification, a.evidence, a.version, a.updated_by, a.updated_at,
		 u.name as updated_by_name
		 from answers a left join users u on u.id = a.updated_by
		 where a.round_id = ? and a.question_code = ?`
	).get(roundId, questionCode);
	if (!row) return null;
	return {
		questionCode: row.question_code,
		value: row.value === null ? null : readJsonColumn(answerValueSchema, row.value, 'value'),
		justification: row.justification,
		evidence: readJsonColumn(evidenceListSchema, row.evidence, 'evidence'),
		version: row.version,
		updatedBy: row.updated_by,
		updatedByName: row.updated_by_name,
		updatedAt: new Date(row.updated_at)
	};
}

/** Each questionnaire's questions by code, built on first use: every save looks one up. */
const questionsByCode = new WeakMap<Questionnaire, Map<string, Question>>();
function questionOf(questionnaire: Questionnaire, code: string): Question | undefined {
	let byCode = questionsByCode.get(questionnaire);
	if (!byCode) {
		byCode = new Map(questionnaire.areas.flatMap((a) => a.questions).map((q) => [q.code, q]));
		questionsByCode.set(questionnaire, byCode);
	}
	return byCode.get(code);
}

/**
 * How many saves of each answer are remembered by their save id. A retry comes within seconds (the
 * browser backs off to 30 s at most); by the time an answer has been saved this many more times, the
 * retry would meet a different answer anyway.
 */
export const REMEMBERED_SAVES = 50;

/**
 * The result of an earlier save by the same person with this save id: the retry of a save that was
 * committed but whose reply never arrived. Someone else's id is not theirs to read back: 'taken'.
 */
function earlierSave(
	db: Db,
	user: SessionUser,
	roundId: string,
	questionCode: string,
	saveId: string
): StoredAnswer | 'taken' | null {
	const row = prepared<
		[string, string, string],
		{ user_id: string; version: number; saved_at: number; new_value: string | null; name: string | null }
	>(
		db,
		`select s.user_id, s.version, s.saved_at, a.new_value, u.name
		 from answer_saves s join audit_log a on a.id = s.audit_id left join users u on u.id = s.user_id
		 where s.round_id = ? and s.question_code = ? and s.save_id = ?`
	).get(roundId, questionCode, saveId);
	if (!row) return null;
	if (row.user_id !== user.id || row.new_value === null) return 'taken';
	const saved = readJsonColumn(answerSnapshotSchema, row.new_value, 'new_value');
	return {
		...saved,
		questionCode,
		version: row.version,
		updatedBy: row.user_id,
		updatedByName: row.name,
		updatedAt: new Date(row.saved_at)
	};
}

/**
 * One save inside the caller's transaction: the checks, then the answer, its audit row and its save id.
 * Throws a ServiceError when refused, and the caller rolls back whatever this wrote.
 */
function applySave(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	questionCode: string,
	input: AnswerSave,
	now: Date
): StoredAnswer {
	const round = prepared<
		[string],
		{ municipality_id: string; questionnaire_id: string; status: RoundStatus }
	>(db, 'select municipality_id, questionnaire_id, status from assessment_rounds where id = ?').get(roundId);
	if (!round) throw notFound();
	requirePermission(db, user, round.municipality_id, 'answer');
	const questionnaire = questionnaires.get(round.questionnaire_id);
	if (!questionnaire) throw notFound();
	// Before the other checks: a save that went through is reported as done even if the round has been
	// submitted since, which is the truth.
	const earlier = input.saveId ? earlierSave(db, user, roundId, questionCode, input.saveId) : null;
	if (earlier && earlier !== 'taken') return earlier;
	if (!stageAllows(round.status, 'answer')) throw new ServiceError(409, 'error.round_locked');
	const question = questionOf(questionnaire, questionCode);
	if (!question) throw new ServiceError(400, 'error.question_unknown');
	if (input.value) {
		const problem = checkAnswer(question, input.value);
		if (problem) throw new ServiceError(400, problem, undefined, 'value');
	}
	const current = readAnswer(db, roundId, questionCode);
	if ((current?.version ?? 0) !== input.baseVersion) throw new AnswerConflict(current);
	const version = input.baseVersion + 1;
	prepared(
		db,
		`insert into answers (round_id, question_code, value, justification, evidence, version, updated_by, updated_at)
		 values (?, ?, ?, ?, ?, ?, ?, ?)
		 on conflict (round_id, question_code) do update set value = excluded.value,
		 justification = excluded.justification, evidence = excluded.evidence, version = excluded.version,
		 updated_by = excluded.updated_by, updated_at = excluded.updated_at`
	).run(
		roundId,
		questionCode,
		input.value === null ? null : JSON.stringify(input.value),
		input.justification,
		JSON.stringify(input.evidence),
		version,
		user.id,
		now.getTime()
	);
	const next = { value: input.value, justification: input.justification, evidence: input.evidence };
	const auditId = writeAuditPrepared(db, {
		actorUserId: user.id,
		municipalityId: round.municipality_id,
		action: 'save',
		entity: 'answer',
		entityId: `${roundId}:${questionCode}`,
		oldValue: current
			? { value: current.value, justification: current.justification, evidence: current.evidence }
			: undefined,
		newValue: next
	});
	// A save id someone else already used is not recorded again: this save simply cannot be recognised.
	if (input.saveId && !earlier) {
		prepared(
			db,
			`insert into answer_saves (round_id, question_code, save_id, user_id, version, audit_id, saved_at)
			 values (?, ?, ?, ?, ?, ?, ?)`
		).run(roundId, questionCode, input.saveId, user.id, version, auditId, now.getTime());
		prepared(db, 'delete from answer_saves where round_id = ? and question_code = ? and version <= ?').run(
			roundId,
			questionCode,
			version - REMEMBERED_SAVES
		);
	}
	return { ...next, questionCode, version, updatedBy: user.id, updatedByName: user.name, updatedAt: now };
}

/**
 * Saves one question's answer if it is still at the version the caller edited; otherwise refuses
 * with the current answer, so nobody's work is overwritten unseen. A save id seen before from the same
 * person returns that save's result. Acknowledged only after commit. In a transaction of its own (or a
 * savepoint of the caller's): the plain-form save and the demo seed; the autosave API uses autosaveAnswer.
 */
export function saveAnswer(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	questionCode: string,
	input: AnswerSave,
	now = new Date()
): StoredAnswer {
	const saved = db.$client
		.transaction(() => applySave(db, questionnaires, user, roundId, questionCode, input, now))
		.immediate();
	// Inside a caller's transaction (a savepoint) it is not committed yet: nothing to tell anyone.
	if (!db.$client.inTransaction) publishSaved(roundId, saved);
	return saved;
}

/**
 * saveAnswer for the autosave API: queued into the connection's group commit, so saves arriving
 * together share one transaction and one fsync, each in its own savepoint (a refused save fails alone).
 * Resolves only once its batch is committed to disk.
 */
export function autosaveAnswer(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	questionCode: string,
	input: AnswerSave
): Promise<StoredAnswer> {
	return groupCommit(db)
		.submit(() => applySave(db, questionnaires, user, roundId, questionCode, input, new Date()))
		.then((saved) => publishSaved(roundId, saved));
}

export interface AnswerChange {
	at: Date;
	by: string | null;
	oldValue: AnswerSnapshot | null;
	newValue: AnswerSnapshot | null;
}

/** Every saved change of one answer, oldest first. */
export function answerHistory(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	questionCode: string
): AnswerChange[] {
	roundFor(db, questionnaires, user, roundId, 'view_municipality');
	return readHistory(db, roundId, questionCode);
}

/** The history without an access check, for pages that have already checked access to the round. */
export function readHistory(db: Pick<Db, 'select'>, roundId: string, questionCode: string): AnswerChange[] {
	return db
		.select({
			at: auditLog.createdAt,
			by: users.name,
			oldValue: auditLog.oldValue,
			newValue: auditLog.newValue
		})
		.from(auditLog)
		.leftJoin(users, eq(auditLog.actorUserId, users.id))
		.where(and(eq(auditLog.entity, 'answer'), eq(auditLog.entityId, `${roundId}:${questionCode}`)))
		.orderBy(asc(auditLog.id))
		.all()
		.map((r) => ({
			at: r.at,
			by: r.by,
			oldValue: r.oldValue ? readJsonColumn(answerSnapshotSchema, r.oldValue, 'old_value') : null,
			newValue: r.newValue ? readJsonColumn(answerSnapshotSchema, r.newValue, 'new_value') : null
		}));
}
