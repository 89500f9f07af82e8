// The account page: one's own password and sessions (ASVS 2.1.5, 3.3.4).
import { and, eq, gt, isNull } from 'drizzle-orm';
import { createSession, generateToken, hashToken, invalidateSession, type SessionUser } from '../auth';
import type { SessionLifetime } from '../config';
import type { Db } from '../db/client';
import { passwordResets, sessions, users } from '../db/schema';
import { hashPassword, newPasswordProblem, verifyPassword } from '../passwords';
import { noteSessionEndings } from '../session-endings';
import { invalidateUserCaches } from '../user-caches';
import { writeAudit } from './audit';
import { notFound, ServiceError } from './errors';
import { checkPassword, type SignInClient, type SignInLimits } from './sign-in';

export interface PasswordChange {
	currentPassword: string;
	password: string;
}

/**
 * Checks the current password under the sign-in throttle (a borrowed session cannot guess it), sets the
 * new one and ends every other session; the current one continues with a new token, as after sign-in.
 * Returns that token for the cookie.
 */
export async function changePassword(
	db: Db,
	limits: SignInLimits | undefined,
	user: SessionUser,
	currentSessionId: string,
	input: PasswordChange,
	client: string | SignInClient,
	lifetime: SessionLifetime,
	now = new Date()
): Promise<{ token: string }> {
	const check = await checkPassword(
		db,
		limits,
		user.email,
		input.currentPassword,
		client,
		'password_change',
		now.getTime()
	);
	if (!check.user) throw new ServiceError(400, 'error.wrong_password', undefined, 'currentPassword');
	const problem = newPasswordProblem(input.password, user.email);
	if (problem) throw new ServiceError(400, problem.key, problem.params, 'password');
	if (await verifyPassword(check.user.passwordHash, input.password))
		throw new ServiceError(400, 'error.password_unchanged', undefined, 'password');
	const passwordHash = await hashPassword(input.password);
	const token = generateToken();
	db.transaction((tx) => {
		tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
		const ended = noteSessionEndings(tx, user.id, 'password_changed', { except: currentSessionId }, now);
		tx.delete(sessions).where(eq(sessions.userId, user.id)).run();
		createSession(tx, token, user.id, lifetime, now);
		// A reset link asked for earlier would set a password the person no longer means to have.
		tx.delete(passwordResets)
			.where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)))
			.run();
		writeAudit(tx, {
			actorUserId: user.id,
			action: 'change_password',
			entity: 'user',
			entityId: user.id,
			newValue: { sessionsEnded: ended }
		});
	});
	// The old sessions, this browser's old one included, leave the cache at once.
	invalidateUserCaches(user.id);
	return { token };
}

/** How the page names a session: derived from its id, so the id itself never reaches a page. */
export const sessionHandle = (sessionId: string) => hashToken(`handle:${sessionId}`).slice(0, 32);

export interface SessionRow {
	handle: string;
	createdAt: Date;
	/** To the minute: the expiry moves on with use at most once a minute (auth.ts). */
	lastUsedAt: Date;
	current: boolean;
}

/**
 * The user's live sessions, this browser's first. The last use is read back from the idle expiry, which
 * each request pushes on; near the absolute end, where the expiry stops moving, it shows the last push.
 */
export function listMySessions(
	db: Db,
	user: SessionUser,
	currentSessionId: string,
	lifetime: SessionLifetime,
	now = new Date()
): SessionRow[] {
	return db
		.select()
		.from(sessions)
		.where(and(eq(sessions.userId, user.id), gt(sessions.expiresAt, now)))
		.all()
		.map((s) => ({
			handle: sessionHandle(s.id),
			createdAt: s.createdAt,
			lastUsedAt: new Date(
				Math.min(now.getTime(), Math.max(s.createdAt.getTime(), s.expiresAt.getTime() - lifetime.idleMs))
			),
			current: s.id === currentSessionId
		}))
		.sort((a, b) => Number(b.current) - Number(a.current) || +b.lastUsedAt - +a.lastUsedAt);
}

/** Ends one of the user's other sessions (signing out ends this one); its browser is told on its next request. */
export function endMySession(db: Db, user: SessionUser, currentSessionId: string, handle: string): void {
	const session = db
		.select({ id: sessions.id })
		.from(sessions)
		.where(eq(sessions.userId, user.id))
		.all()
		.find((s) => sessionHandle(s.id) === handle);
	if (!session) throw notFound();
	if (session.id === currentSessionId) throw new ServiceError(400, 'error.cannot_end_current_session');
	db.transaction((tx) => {
		noteSessionEndings(tx, user.id, 'ended_elsewhere', { only: session.id });
		tx.delete(sessions).where(eq(sessions.id, session.id)).run();
		writeAudit(tx, {
			actorUserId: user.id,
			action: 'end_session',
			entity: 'user',
			entityId: user.id
		});
	});
	invalidateSession(db, session.id);
}
