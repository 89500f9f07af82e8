// Deactivating and reactivating accounts: the admin's way to let someone go without losing their history.
import { and, eq, isNull } from 'drizzle-orm';
import { invalidateUserSessions, type SessionUser } from '../auth';
import type { Db } from '../db/client';
import { passwordResets, sessions, users } from '../db/schema';
import { noteSessionEndings } from '../session-endings';
import { invalidateUserCaches } from '../user-caches';
import { writeAudit } from './audit';
import { notFound, ServiceError } from './errors';

function target(db: Db, actor: SessionUser, userId: string) {
	if (!actor.isAdmin) throw notFound();
	const user = db
		.select({ id: users.id, email: users.email, deactivatedAt: users.deactivatedAt })
		.from(users)
		.where(eq(users.id, userId))
		.get();
	if (!user) throw notFound();
	return user;
}

/**
 * The account stays with its roles, answers and history, but cannot sign in, accept an invitation or
 * reset its password; every session ends at once and its browsers are told why on their next request.
 */
export function deactivateUser(db: Db, actor: SessionUser, userId: string, now = new Date()): void {
	const user = target(db, actor, userId);
	if (user.id === actor.id) throw new ServiceError(400, 'error.cannot_deactivate_self');
	if (user.deactivatedAt) throw new ServiceError(409, 'error.already_deactivated');
	db.transaction((tx) => {
		tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, user.id)).run();
		const ended = noteSessionEndings(tx, user.id, 'deactivated', {}, now);
		tx.delete(sessions).where(eq(sessions.userId, user.id)).run();
		// A reset link already mailed would otherwise still set a password.
		tx.delete(passwordResets)
			.where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)))
			.run();
		writeAudit(tx, {
			actorUserId: actor.id,
			action: 'deactivate',
			entity: 'user',
			entityId: user.id,
			newValue: { email: user.email, sessionsEnded: ended }
		});
	});
	// Deletes any session a concurrent sign-in slipped in, and drops the caches.
	invalidateUserSessions(db, user.id);
}

/** The account can sign in again, with the roles it had; its old sessions stay ended. */
export function reactivateUser(db: Db, actor: SessionUser, userId: string): void {
	const user = target(db, actor, userId);
	const since = user.deactivatedAt;
	if (!since) throw new ServiceError(409, 'error.not_deactivated');
	db.transaction((tx) => {
		tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, user.id)).run();
		writeAudit(tx, {
			actorUserId: actor.id,
			action: 'reactivate',
			entity: 'user',
			entityId: user.id,
			oldValue: { deactivatedAt: since.toISOString() }
		});
	});
	invalidateUserCaches(user.id);
}
