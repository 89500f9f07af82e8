/**
 * Sessions as Lucia's current guide teaches them: a random token lives only in the cookie,
 * the database keeps its SHA-256 hash, and a session ends after a period without requests.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { sessions, users, type Session, type User } from './db/schema';

export const SESSION_COOKIE = 'gri_session';
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

export function createSession(
	db: Db,
	token: string,
	userId: string,
	idleMs: number,
	now = new Date()
): Session {
	const session: Session = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + idleMs),
		createdAt: now
	};
	db.insert(sessions).values(session).run();
	return session;
}

export function validateSessionToken(
	db: Db,
	token: string,
	idleMs: number,
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
	if (now.getTime() >= session.expiresAt.getTime()) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return { session: null, user: null };
	}
	const renewed = session.expiresAt.getTime() - now.getTime() < idleMs - RENEW_AFTER_MS;
	if (renewed) {
		session.expiresAt = new Date(now.getTime() + idleMs);
		db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id)).run();
	}
	return { session, user, renewed };
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Db, userId: string): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: true,
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
}
