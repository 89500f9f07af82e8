// Forgotten passwords: a one-time link by mail, like an invitation's (160-bit token, only its hash kept).
import { and, eq, gt, isNull } from 'drizzle-orm';
import { isLocale } from '../../i18n/locales';
import { generateToken, hashToken, invalidateUserSessions } from '../auth';
import type { Db } from '../db/client';
import { passwordResets, sessions, users, type User } from '../db/schema';
import { newId } from '../ids';
import type { MailContext } from '../mail/context';
import { passwordResetMail } from '../mail/messages';
import { hashPassword, newPasswordProblem } from '../passwords';
import { FailureLimiter } from '../rate-limit';
import { noteSessionEndings } from '../session-endings';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { queueMail } from './mail-outbox';

const HOUR = 3_600_000;

/** Requests counted per client address and per e-mail address, in memory like the sign-in limits. */
export interface ResetLimits {
	perAddress: FailureLimiter;
	perEmail: FailureLimiter;
}

/** Enough for a person who mistypes and tries again; too few to flood someone's mailbox. */
export function createResetLimits(perAddress = 20, perEmail = 3): ResetLimits {
	return { perAddress: new FailureLimiter(perAddress, HOUR), perEmail: new FailureLimiter(perEmail, HOUR) };
}

let processLimits: ResetLimits | undefined;
export function resetLimits(): ResetLimits {
	return (processLimits ??= createResetLimits());
}

export interface ResetRequest {
	email: string;
	/** The client address, for the limit per address. */
	address: string;
}

/**
 * Mails a reset link if an account has the address. The caller answers the same whatever happened, so
 * the page tells no one which addresses have accounts; only too many requests from one client address
 * are refused openly. Past the limit per e-mail address, nothing more is sent for an hour.
 */
export function requestPasswordReset(
	db: Db,
	limits: ResetLimits,
	request: ResetRequest,
	options: { mail: MailContext; minutes: number },
	now = new Date()
): void {
	const at = now.getTime();
	if (limits.perAddress.retryAfter(request.address, at) > 0)
		throw new ServiceError(429, 'error.too_many_requests');
	limits.perAddress.recordFailure(request.address, at);
	const email = request.email.toLowerCase();
	const overLimit = limits.perEmail.retryAfter(email, at) > 0;
	limits.perEmail.recordFailure(email, at);
	if (overLimit) return;
	const user = db.select().from(users).where(eq(users.email, email)).get();
	// A deactivated account gets no link, and the page answers the same as for an unknown address.
	if (!user || user.deactivatedAt) return;
	const token = generateToken();
	const locale = isLocale(user.locale) ? user.locale : options.mail.locale;
	db.transaction((tx) => {
		// One live link per account: asking again replaces the earlier link.
		tx.delete(passwordResets)
			.where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)))
			.run();
		const reset = tx
			.insert(passwordResets)
			.values({
				id: newId(),
				tokenHash: hashToken(token),
				userId: user.id,
				expiresAt: new Date(at + options.minutes * 60_000)
			})
			.returning()
			.get();
		const mail = passwordResetMail(locale, {
			name: user.name,
			email: user.email,
			link: `${options.mail.origin}/password/reset/${token}`,
			minutes: options.minutes
		});
		queueMail(
			tx,
			{
				...mail,
				to: user.email,
				locale,
				kind: 'password_reset',
				about: { entity: 'password_reset', id: reset.id }
			},
			now
		);
		writeAudit(tx, {
			actorUserId: null,
			action: 'request_password_reset',
			entity: 'user',
			entityId: user.id,
			newValue: { address: request.address }
		});
	});
}

/** The account behind a reset link, or why the link no longer works. */
export function getPasswordReset(db: Db, token: string, now = new Date()): { resetId: string; user: User } {
	const row = db
		.select({ reset: passwordResets, user: users })
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(eq(passwordResets.tokenHash, hashToken(token)))
		.get();
	if (!row) throw new ServiceError(404, 'error.reset_unknown');
	// A link mailed before the account was deactivated.
	if (row.user.deactivatedAt) throw new ServiceError(403, 'error.account_deactivated');
	if (row.reset.usedAt) throw new ServiceError(400, 'error.reset_used');
	if (row.reset.expiresAt.getTime() <= now.getTime()) throw new ServiceError(400, 'error.reset_expired');
	return { resetId: row.reset.id, user: row.user };
}

/**
 * Sets the new password under the same rules as at invitation acceptance, uses the link up and ends
 * every session of the account, so whoever knew the old password is signed out everywhere.
 */
export async function resetPassword(
	db: Db,
	token: string,
	password: string,
	now = new Date()
): Promise<string> {
	const { resetId, user } = getPasswordReset(db, token, now);
	const problem = newPasswordProblem(password, user.email);
	if (problem) throw new ServiceError(400, problem.key, problem.params, 'password');
	const passwordHash = await hashPassword(password);
	db.transaction((tx) => {
		// Claimed again after hashing: the same link may have been used meanwhile in another tab.
		const claimed = tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(
				and(eq(passwordResets.id, resetId), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now))
			)
			.returning()
			.get();
		if (!claimed) throw new ServiceError(400, 'error.reset_used');
		tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
		tx.delete(passwordResets)
			.where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)))
			.run();
		// So that a browser still signed in as the account is told why on the sign-in page.
		noteSessionEndings(tx, user.id, 'password_changed', {}, now);
		tx.delete(sessions).where(eq(sessions.userId, user.id)).run();
		writeAudit(tx, { actorUserId: user.id, action: 'reset_password', entity: 'user', entityId: user.id });
	});
	// The sessions are gone from the database; this also drops them from the caches.
	invalidateUserSessions(db, user.id);
	return user.id;
}
