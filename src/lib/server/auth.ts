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
import { prepared } from './db/prepared';
import { sessions, type Session, type User } from './db/schema';
import { cacheKey, invalidateUserCaches, sessionCache } from './user-caches';

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

interface SessionRow {
	id: string;
	user_id: string;
	expires_at: number;
	created_at: number;
	email: string;
	name: string;
	is_admin: number;
	locale: string | null;
}

/**
 * The session and its user, from the cache (a few seconds old at most) or the database. A deactivated
 * account has none: deactivation deletes its sessions, and this also refuses one a sign-in that was
 * checking the password meanwhile could have created.
 */
function findSession(db: Db, id: string, now: number): { session: Session; user: SessionUser } | null {
	const key = cacheKey(db, id);
	const cached = sessionCache.get(key, now);
	if (cached) return cached;
	const row = prepared<[string], SessionRow>(
		db,
		`select s.id, s.user_id, s.expires_at, s.created_at, u.email, u.name, u.is_admin, u.locale
		 from sessions s join users u on u.id = s.user_id where s.id = ? and u.deactivated_at is null`
	).get(id);
	if (!row) return null;
	const found = {
		session: {
			id: row.id,
			userId: row.user_id,
			expiresAt: new Date(row.expires_at),
			createdAt: new Date(row.created_at)
		},
		user: { id: row.user_id, email: row.email, name: row.name, isAdmin: !!row.is_admin, locale: row.locale }
	};
	sessionCache.set(key, row.user_id, found, now);
	return found;
}

export function validateSessionToken(
	db: Db,
	token: string,
	lifetime: SessionLifetime,
	now = new Date()
): SessionValidation {
	const id = hashToken(token);
	const found = findSession(db, id, now.getTime());
	if (!found) return { session: null, user: null };
	const end = absoluteEnd(found.session, lifetime);
	if (now.getTime() >= Math.min(found.session.expiresAt.getTime(), end)) {
		invalidateSession(db, id);
		return { session: null, user: null };
	}
	// Activity pushes the idle expiry on, but never past the absolute end.
	const next = Math.min(now.getTime() + lifetime.idleMs, end);
	const renewed = next - found.session.expiresAt.getTime() > RENEW_AFTER_MS;
	const session = { ...found.session };
	if (renewed) {
		session.expiresAt = new Date(next);
		prepared(db, 'update sessions set expires_at = ? where id = ?').run(next, id);
		// Read afresh next time (once a minute at most), so that the cached user is never older than the TTL.
		sessionCache.delete(cacheKey(db, id));
	}
	// Copies, so that nothing a request does to them can change the cached entry.
	return { session, user: { ...found.user }, renewed };
}

/**
 * Ends one session, in the database and in the cache, so that it is refused from the next request on.
 * db may be a transaction, which does not say which connection it belongs to: then the session is
 * dropped from every connection's cache.
 */
export function invalidateSession(
	db: Pick<Db, 'delete'> & Partial<Pick<Db, '$client'>>,
	sessionId: string
): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
	if (db.$client) sessionCache.delete(cacheKey({ $client: db.$client }, sessionId));
	else sessionCache.deleteWhere((entry) => entry.session.id === sessionId);
}

export function invalidateUserSessions(db: Db, userId: string): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
	invalidateUserCaches(userId);
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
