import { and, asc, eq } from 'drizzle-orm';
import { checkAnswer, type AnswerSave, type EvidenceLink } from '../../domain/answer-validation';
import { answerValueSchema, type AnswerValue } from '../../domain/answers';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { stageAllows } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { answers, auditLog, users, type AnswerRow } from '../db/schema';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { roundFor } from './round-access';
import {
	answerSnapshotSchema,
	evidenceListSchema,
	type AnswerSnapshot
} from '../../domain/stored/answer-schemas';
import { readJsonColumn } from '../db/json-column';

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

function readAnswer(db: Pick<Db, 'select'>, roundId: string, questionCode: string): StoredAnswer | null {
	const row = db
		.select({ answer: answers, name: users.name })
		.from(answers)
		.leftJoin(users, eq(answers.updatedBy, users.id))
		.where(and(eq(answers.roundId, roundId), eq(answers.questionCode, questionCode)))
		.get();
	return row ? toStored(row.answer, row.name) : null;
}

/**
 * Saves one question's answer if it is still at the version the caller edited; otherwise refuses
 * with the current answer, so nobody's work is overwritten unseen. Acknowledged only after commit.
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
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'answer');
	if (!stageAllows(round.status, 'answer')) throw new ServiceError(409, 'error.round_locked');
	const question = questionnaire.areas.flatMap((a) => a.questions).find((q) => q.code === questionCode);
	if (!question) throw new ServiceError(400, 'error.question_unknown');
	if (input.value) {
		const problem = checkAnswer(question, input.value);
		if (problem) throw new ServiceError(400, problem, undefined, 'value');
	}
	return db.transaction((tx) => {
		const current = readAnswer(tx, roundId, questionCode);
		if ((current?.version ?? 0) !== input.baseVersion) throw new AnswerConflict(current);
		const row = {
			roundId,
			questionCode,
			value: input.value === null ? null : JSON.stringify(input.value),
			justification: input.justification,
			evidence: JSON.stringify(input.evidence),
			version: input.baseVersion + 1,
			updatedBy: user.id,
			updatedAt: now
		};
		tx.insert(answers)
			.values(row)
			.onConflictDoUpdate({ target: [answers.roundId, answers.questionCode], set: row })
			.run();
		const next = { value: input.value, justification: input.justification, evidence: input.evidence };
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'save',
			entity: 'answer',
			entityId: `${roundId}:${questionCode}`,
			oldValue: current
				? { value: current.value, justification: current.justification, evidence: current.evidence }
				: undefined,
			newValue: next
		});
		return {
			...next,
			questionCode,
			version: row.version,
			updatedBy: user.id,
			updatedByName: user.name,
			updatedAt: now
		};
	});
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
