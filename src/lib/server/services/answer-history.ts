import { and, count, desc, eq } from 'drizzle-orm';
import type { AnswerSnapshot } from '../../domain/stored/answer-schemas';
import { answerSnapshotSchema } from '../../domain/stored/answer-schemas';
import type { Db } from '../db/client';
import { readJsonColumn } from '../db/json-column';
import { auditLog, users } from '../db/schema';

/** Changes a question's history shows before the reader asks for all of them. */
export const HISTORY_PAGE = 10;

export interface HistoryPage {
	/** Oldest first, like the full history; at most HISTORY_PAGE of the newest unless all were asked for. */
	changes: {
		at: Date;
		by: string | null;
		oldValue: AnswerSnapshot | null;
		newValue: AnswerSnapshot | null;
	}[];
	total: number;
}

/**
 * The newest changes of one answer, for pages that have checked access to the round already. A morning of
 * typing leaves hundreds of audit rows; the page shows the latest and links to the rest.
 */
export function readHistoryPage(
	db: Pick<Db, 'select'>,
	roundId: string,
	questionCode: string,
	all = false
): HistoryPage {
	const where = and(eq(auditLog.entity, 'answer'), eq(auditLog.entityId, `${roundId}:${questionCode}`));
	const query = db
		.select({
			at: auditLog.createdAt,
			by: users.name,
			oldValue: auditLog.oldValue,
			newValue: auditLog.newValue
		})
		.from(auditLog)
		.leftJoin(users, eq(auditLog.actorUserId, users.id))
		.where(where)
		.orderBy(desc(auditLog.id));
	const rows = all ? query.all() : query.limit(HISTORY_PAGE).all();
	const total = all ? rows.length : db.select({ n: count() }).from(auditLog).where(where).get()!.n;
	const changes = rows.reverse().map((r) => ({
		at: r.at,
		by: r.by,
		oldValue: r.oldValue ? readJsonColumn(answerSnapshotSchema, r.oldValue, 'old_value') : null,
		newValue: r.newValue ? readJsonColumn(answerSnapshotSchema, r.newValue, 'new_value') : null
	}));
	return { changes, total };
}
