import { allowsAny } from '../../domain/round-permissions';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { comments, users } from '../db/schema';
import { newId } from '../ids';
import { ServiceError } from './errors';
import { roundFor } from './round-access';

export interface CommentView {
	id: string;
	questionCode: string;
	author: string | null;
	body: string;
	createdAt: Date;
}

/** A thread this long has stopped being a discussion; the cap keeps one page's size bounded. */
export const MAX_COMMENTS_PER_THREAD = 300;

/**
 * Everyone who may see the round may discuss it: the working group, the expert and admins; leaders
 * read a draft without commenting and join the discussion once it is submitted.
 */
export function addComment(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	questionCode: string,
	body: string
): CommentView {
	const { round, roles, questionnaire } = roundFor(db, questionnaires, user, roundId, 'view_municipality');
	if (!allowsAny(round.status, roles, 'comment')) throw new ServiceError(403, 'error.draft_read_only');
	if (!questionnaire.areas.some((a) => a.questions.some((q) => q.code === questionCode))) {
		throw new ServiceError(400, 'error.question_unknown');
	}
	const [{ n }] = db
		.select({ n: count() })
		.from(comments)
		.where(and(eq(comments.roundId, roundId), eq(comments.questionCode, questionCode)))
		.all() as [{ n: number }];
	if (n >= MAX_COMMENTS_PER_THREAD)
		throw new ServiceError(409, 'error.too_many_comments', { max: MAX_COMMENTS_PER_THREAD }, 'body');
	const row = db
		.insert(comments)
		.values({ id: newId(), roundId, questionCode, userId: user.id, body })
		.returning()
		.get();
	return { id: row.id, questionCode, author: user.name, body: row.body, createdAt: row.createdAt };
}

export function listComments(db: Db, roundId: string, questionCodes?: ReadonlySet<string>): CommentView[] {
	return db
		.select({
			id: comments.id,
			questionCode: comments.questionCode,
			author: users.name,
			body: comments.body,
			createdAt: comments.createdAt
		})
		.from(comments)
		.leftJoin(users, eq(comments.userId, users.id))
		.where(and(eq(comments.roundId, roundId)))
		.orderBy(asc(comments.createdAt))
		.all()
		.filter((c) => !questionCodes || questionCodes.has(c.questionCode));
}
