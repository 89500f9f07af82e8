/**
 * Why a session was ended from elsewhere (an admin deactivated the account, a coordinator removed the
 * person, the password was changed, the owner ended it from another browser). The session itself is
 * deleted as always; this note only lets its browser's next request explain the sign-in page.
 */
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import { hashToken } from './auth';
import type { Db } from './db/client';
import { endedSessions, sessions, type SessionEndReason } from './db/schema';

type Tx = Pick<Db, 'select' | 'insert' | 'delete'>;

export interface NoteOptions {
	/** A session to leave alone: the one the person acts from when they end their others. */
	except?: string;
	/** Only this session. */
	only?: string;
}

/**
 * Notes the reason for each of the user's sessions (all, all but `except`, or `only`), in the caller's
 * transaction and before the caller deletes them. Expired notes are pruned on the way.
 */
export function noteSessionEndings(
	tx: Tx,
	userId: string,
	reason: SessionEndReason,
	options: NoteOptions = {},
	now = new Date()
): number {
	tx.delete(endedSessions).where(lt(endedSessions.expiresAt, now)).run();
	const rows = tx
		.select({ id: sessions.id, expiresAt: sessions.expiresAt })
		.from(sessions)
		.where(
			and(
				eq(sessions.userId, userId),
				options.except ? ne(sessions.id, options.except) : undefined,
				options.only ? eq(sessions.id, options.only) : undefined
			)
		)
		.all();
	for (const row of rows)
		tx.insert(endedSessions)
			.values({ id: row.id, userId, reason, expiresAt: row.expiresAt })
			.onConflictDoUpdate({ target: endedSessions.id, set: { reason, expiresAt: row.expiresAt } })
			.run();
	return rows.length;
}

/** Why the session of this cookie token was ended, if it was ended from elsewhere and recently. */
export function sessionEndReason(db: Db, token: string, now = new Date()): SessionEndReason | null {
	const row = db
		.select({ reason: endedSessions.reason })
		.from(endedSessions)
		.where(and(eq(endedSessions.id, hashToken(token)), gt(endedSessions.expiresAt, now)))
		.get();
	return row?.reason ?? null;
}
