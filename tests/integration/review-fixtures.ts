import { and, asc, eq } from 'drizzle-orm';
import type { AnswerValue } from '../../src/lib/domain/answers';
import type { SessionUser } from '../../src/lib/server/auth';
import type { Db } from '../../src/lib/server/db/client';
import { assessmentRounds, auditLog } from '../../src/lib/server/db/schema';
import { readAnswers, saveAnswer } from '../../src/lib/server/services/answers';
import { listRecommendations } from '../../src/lib/server/services/recommendations';
import { publishRound, startReview } from '../../src/lib/server/services/review';
import { submitRound } from '../../src/lib/server/services/rounds';
import { questionnaires, roundSetup, save } from './round-fixtures';

/**
 * Every mandatory question of the mini questionnaire. Below full points: q1 (1/3), q3 (1/3), q6 (0/2),
 * q7 (2/4) and q9 (0/2); q2 and q8 earn full points. Area a scores 40, l1 50, l2 100, lens 75,
 * opt 0, and the overall index (a weighs 2, lens 1, optional areas left out) 51.7.
 */
export const ANSWERS = {
	q1: { kind: 'option', option: 'some' },
	q2: { kind: 'option', option: 'yes' },
	q3: { kind: 'options', options: ['o1'] },
	q6: { kind: 'option', option: 'no' },
	q7: { kind: 'option', option: 'partly' },
	q8: { kind: 'option', option: 'high' },
	q9: { kind: 'option', option: 'no' }
} satisfies Record<string, AnswerValue>;

/** The questions the answers above leave below full points, in code order. */
export const BELOW_FULL = ['q1', 'q3', 'q6', 'q7', 'q9'];

/** Saves the values on top of whatever is stored, as an autosave from the loaded version would. */
export function answer(db: Db, user: SessionUser, roundId: string, values: Record<string, AnswerValue>) {
	const current = readAnswers(db, roundId);
	for (const [code, value] of Object.entries(values))
		saveAnswer(db, questionnaires, user, roundId, code, save(value, current.get(code)?.version ?? 0));
}

/** The usual municipality and round, answered and brought to the given status. */
export function reviewSetup(stage: 'draft' | 'submitted' | 'in_review' | 'published' = 'in_review') {
	const setup = roundSetup();
	const { db, member, coordinator, expert, round } = setup;
	answer(db, member, round.id, ANSWERS);
	if (stage !== 'draft') submitRound(db, questionnaires, coordinator, round.id);
	if (stage === 'in_review' || stage === 'published') startReview(db, questionnaires, expert, round.id);
	if (stage === 'published') publishRound(db, questionnaires, expert, round.id, 'accept');
	return setup;
}

export const roundRow = (db: Db, roundId: string) =>
	db.select().from(assessmentRounds).where(eq(assessmentRounds.id, roundId)).get()!;

/** Status changes of a round as [actor, from, to], oldest first. */
export const statusChanges = (db: Db, roundId: string) =>
	db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.entity, 'round'), eq(auditLog.action, 'status'), eq(auditLog.entityId, roundId)))
		.orderBy(asc(auditLog.id))
		.all()
		.map((a) => [a.actorUserId, JSON.parse(a.oldValue!), JSON.parse(a.newValue!)]);

/** The round's recommendations keyed by the question that triggered them. */
export const recsByQuestion = (db: Db, roundId: string) =>
	Object.fromEntries(listRecommendations(db, roundId).map((r) => [r.questionCode ?? `expert:${r.id}`, r]));

export const auditCount = (db: Db) => db.select().from(auditLog).all().length;
