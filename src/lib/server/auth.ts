/**
 * Sessions as Lucia's current guide teaches them: a random token lives only in the cookie,
 * the database keeps its SHA-256 hash, and a session ends after a period without requests
 * or, at the latest, a fixed time after sign-in (ASVS 3.3.1-3.3.2).
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { config, type SessionLifetime } from './config';
import { cookieSpec, type CookieSpec } from './cookies';
import type { Db } from './db/client';
import { sessions, users, type Session, type User } from './db/schema';

export type { SessionLifetime };
/** Renew at most once a minute so that every request does not write to the database. */
const RENEW_AFTER_MS = 60_000;

export type SessionUser = Pick<User, 'id' | 'email' | 'name' | 'isAdmin' | 'locale'>;
export type SessionValidation =
	{ session: Session; user: SessionUser; renewed: boolean } | { session: null; user: null };

export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** The absolute end, from the sign-in time, so a lower SESSION_ABSOLUTE_HOURS also applies to live sessions. */
const absoluteEnd = (session: Session, lifetime: SessionLifetime) =>
	session.createdAt.getTime() + lifetime.absoluteMs;

/** db may be a transaction: it has the same API. */
export function createSession(
	db: Pick<Db, 'insert'>,
	token: string,
	userId: string,
	lifetime: SessionLifetime,
	now = new Date()
): Session {
	const session: Session = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + Math.min(lifetime.idleMs, lifetime.absoluteMs)),
		createdAt: now
	};
	db.insert(sessions).values(session).run();
	return session;
}

export interface StartSession extends SessionLifetime {
	/** The session the request came with, if any: ended whoever it belonged to (ASVS 3.2.1). */
	replaces?: string | null;
}

/**
 * A fresh session after sign-in. A new random token every time, and the request's earlier session
 * ended in the same transaction, so a token someone planted or saw before sign-in never becomes a
 * signed-in session. The user's sessions elsewhere are left alone.
 */
export function startSession(
	db: Db,
	userId: string,
	options: StartSession,
	now = new Date()
): { token: string; session: Session } {
	const token = generateToken();
	const session = db.transaction((tx) => {
		if (options.replaces) invalidateSession(tx, options.replaces);
		return createSession(tx, token, userId, options, now);
	});
	return { token, session };
}

export function validateSessionToken(
	db: Db,
	token: string,
	lifetime: SessionLifetime,
	now = new Date()
): SessionValidation {
	const id = hashToken(token);
	const row = db
		.select({
			session: sessions,
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				isAdmin: users.isAdmin,
				locale: users.locale
			}
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	const end = absoluteEnd(session, lifetime);
	if (now.getTime() >= Math.min(session.expiresAt.getTime(), end)) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return { session: null, user: null };
	}
	// Activity pushes the idle expiry on, but never past the absolute end.
	const next = Math.min(now.getTime() + lifetime.idleMs, end);
	const renewed = next - session.expiresAt.getTime() > RENEW_AFTER_MS;
	if (renewed) {
		session.expiresAt = new Date(next);
		db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id)).run();
	}
	return { session, user, renewed };
}

export function invalidateSession(db: Pick<Db, 'delete'>, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Db, userId: string): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/**
 * `__Host-gri_session` over HTTPS, `gri_session` on http (see cookieSpec). A browser-session cookie:
 * no Max-Age or Expires, so closing the browser signs out; the server-side expiry applies regardless.
 */
export function sessionCookie(origin = config().ORIGIN): CookieSpec {
	return cookieSpec('gri_session', origin);
}

export function readSessionCookie(cookies: Cookies): string | undefined {
	return cookies.get(sessionCookie().name);
}

export function setSessionCookie(cookies: Cookies, token: string): void {
	const { name, options } = sessionCookie();
	cookies.set(name, token, options);
}

export function deleteSessionCookie(cookies: Cookies): void {
	const { name, options } = sessionCookie();
	cookies.delete(name, options);
}
