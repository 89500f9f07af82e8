import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	createSession,
	generateToken,
	hashToken,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth';
import { sessions } from '../../src/lib/server/db/schema';
import { addUser, freshDb } from '../helpers/db';

const IDLE = 120 * 60_000;
/** The absolute limit is far away here; session-lifetime.test.ts covers it. */
const LIFETIME = { idleMs: IDLE, absoluteMs: 12 * 3_600_000 };
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function setup() {
	const db = freshDb();
	const user = addUser(db, { name: 'Anna', email: 'anna@test.example' });
	const token = generateToken();
	const session = createSession(db, token, user.id, LIFETIME, T0);
	return { db, user, token, session };
}

const storedSessions = (db: ReturnType<typeof freshDb>) => db.select().from(sessions).all();

describe('sessions', () => {
	it('stores only the hash of the token', () => {
		const { db, token, user } = setup();
		const rows = storedSessions(db);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(hashToken(token));
		expect(rows[0]!.userId).toBe(user.id);
		expect(rows[0]!.expiresAt.getTime()).toBe(T0.getTime() + IDLE);
		const dump = JSON.stringify(db.$client.prepare('select * from sessions').all());
		expect(dump).not.toContain(token);
	});

	it('finds the user behind a valid token', () => {
		const { db, token, user } = setup();
		const result = validateSessionToken(db, token, LIFETIME, at(1_000));
		expect(result.user).toEqual(user);
		expect(result.session?.id).toBe(hashToken(token));
	});

	it('ends an expired session and deletes it', () => {
		const { db, token } = setup();
		expect(validateSessionToken(db, token, LIFETIME, at(IDLE))).toEqual({ session: null, user: null });
		expect(storedSessions(db)).toHaveLength(0);
		// Still refused at a time when it would have been valid before.
		expect(validateSessionToken(db, token, LIFETIME, at(1_000)).user).toBeNull();
	});

	it('keeps a session alive just before it expires', () => {
		const { db, token, user } = setup();
		expect(validateSessionToken(db, token, LIFETIME, at(IDLE - 1)).user).toEqual(user);
	});

	it('does not renew within the first minute', () => {
		const { db, token } = setup();
		const result = validateSessionToken(db, token, LIFETIME, at(60_000));
		expect(result.session && result.renewed).toBe(false);
		expect(storedSessions(db)[0]!.expiresAt.getTime()).toBe(T0.getTime() + IDLE);
	});

	it('extends the expiry once more than a minute has passed', () => {
		const { db, token } = setup();
		const result = validateSessionToken(db, token, LIFETIME, at(60_001));
		expect(result.session && result.renewed).toBe(true);
		expect(result.session?.expiresAt.getTime()).toBe(T0.getTime() + 60_001 + IDLE);
		expect(storedSessions(db)[0]!.expiresAt.getTime()).toBe(T0.getTime() + 60_001 + IDLE);
	});

	it('stays alive while used, past the first idle period', () => {
		const { db, token, user } = setup();
		for (let minutes = 30; minutes <= 300; minutes += 30) {
			expect(validateSessionToken(db, token, LIFETIME, at(minutes * 60_000)).user).toEqual(user);
		}
	});

	it('ends with invalidateSession', () => {
		const { db, token, session } = setup();
		invalidateSession(db, session.id);
		expect(validateSessionToken(db, token, LIFETIME, at(1_000)).user).toBeNull();
		expect(storedSessions(db)).toHaveLength(0);
	});

	it('refuses an unknown or forged token, including the stored hash itself', () => {
		const { db, session } = setup();
		expect(validateSessionToken(db, generateToken(), LIFETIME, at(1_000)).user).toBeNull();
		expect(validateSessionToken(db, session.id, LIFETIME, at(1_000)).user).toBeNull();
		expect(validateSessionToken(db, '', LIFETIME, at(1_000)).user).toBeNull();
	});

	it('ends every session of one user and only theirs', () => {
		const { db, user, token } = setup();
		const second = generateToken();
		createSession(db, second, user.id, LIFETIME, T0);
		const other = addUser(db);
		const otherToken = generateToken();
		createSession(db, otherToken, other.id, LIFETIME, T0);

		invalidateUserSessions(db, user.id);

		expect(validateSessionToken(db, token, LIFETIME, at(1_000)).user).toBeNull();
		expect(validateSessionToken(db, second, LIFETIME, at(1_000)).user).toBeNull();
		expect(validateSessionToken(db, otherToken, LIFETIME, at(1_000)).user?.id).toBe(other.id);
		expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
	});
});
