import { describe, expect, it } from 'vitest';
import { createSession, generateToken, startSession, validateSessionToken } from '../../src/lib/server/auth';
import { sessions } from '../../src/lib/server/db/schema';
import { addUser, freshDb } from '../helpers/db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LIFETIME = { idleMs: 120 * MINUTE, absoluteMs: 12 * HOUR };
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function setup() {
	const db = freshDb();
	const user = addUser(db);
	const token = generateToken();
	createSession(db, token, user.id, LIFETIME, T0);
	return { db, user, token };
}

describe('absolute session lifetime', () => {
	it('keeps an active session for the whole absolute lifetime', () => {
		const { db, user, token } = setup();
		for (let t = 30 * MINUTE; t < 12 * HOUR; t += 30 * MINUTE) {
			expect(validateSessionToken(db, token, LIFETIME, at(t)).user?.id).toBe(user.id);
		}
		expect(validateSessionToken(db, token, LIFETIME, at(12 * HOUR - 1)).user?.id).toBe(user.id);
	});

	it('refuses the session N hours after sign-in even though it was used a minute before', () => {
		const { db, token } = setup();
		for (let t = 30 * MINUTE; t < 12 * HOUR; t += 30 * MINUTE)
			validateSessionToken(db, token, LIFETIME, at(t));
		expect(validateSessionToken(db, token, LIFETIME, at(12 * HOUR - MINUTE)).session).not.toBeNull();
		expect(validateSessionToken(db, token, LIFETIME, at(12 * HOUR))).toEqual({ session: null, user: null });
		expect(db.select().from(sessions).all()).toHaveLength(0);
	});

	it('never renews the idle expiry past the absolute end', () => {
		const { db, token } = setup();
		for (let t = HOUR; t < 11 * HOUR; t += HOUR) validateSessionToken(db, token, LIFETIME, at(t));
		const result = validateSessionToken(db, token, LIFETIME, at(11 * HOUR));
		expect(result.session?.expiresAt.getTime()).toBe(T0.getTime() + 12 * HOUR);
	});

	it('applies a shorter absolute lifetime to sessions that already exist', () => {
		const { db, token } = setup();
		const shorter = { ...LIFETIME, absoluteMs: HOUR };
		expect(validateSessionToken(db, token, shorter, at(HOUR - 1)).session).not.toBeNull();
		expect(validateSessionToken(db, token, shorter, at(HOUR)).session).toBeNull();
	});

	it('starts with the shorter of the two limits', () => {
		const db = freshDb();
		const user = addUser(db);
		const session = createSession(db, generateToken(), user.id, { idleMs: 2 * HOUR, absoluteMs: HOUR }, T0);
		expect(session.expiresAt.getTime()).toBe(T0.getTime() + HOUR);
	});
});

describe('startSession', () => {
	it('ends the session it replaces, whoever it belonged to, and keeps the others', () => {
		const { db, token: someoneElses } = setup();
		const anna = addUser(db);
		const annaElsewhere = generateToken();
		createSession(db, annaElsewhere, anna.id, LIFETIME, T0);
		const previous = validateSessionToken(db, someoneElses, LIFETIME, at(MINUTE)).session!;

		const started = startSession(db, anna.id, { ...LIFETIME, replaces: previous.id }, at(2 * MINUTE));

		expect(validateSessionToken(db, someoneElses, LIFETIME, at(3 * MINUTE)).session).toBeNull();
		expect(validateSessionToken(db, annaElsewhere, LIFETIME, at(3 * MINUTE)).user?.id).toBe(anna.id);
		expect(validateSessionToken(db, started.token, LIFETIME, at(3 * MINUTE)).user?.id).toBe(anna.id);
		expect(started.token).not.toBe(someoneElses);
		// The new session's absolute lifetime counts from this sign-in, not from the one it replaced.
		expect(started.session.createdAt.getTime()).toBe(at(2 * MINUTE).getTime());
	});

	it('just creates a session when the request came without one', () => {
		const { db, user, token } = setup();
		const started = startSession(db, user.id, { ...LIFETIME, replaces: null }, at(MINUTE));
		expect(validateSessionToken(db, started.token, LIFETIME, at(2 * MINUTE)).user?.id).toBe(user.id);
		expect(validateSessionToken(db, token, LIFETIME, at(2 * MINUTE)).user?.id).toBe(user.id);
	});
});
