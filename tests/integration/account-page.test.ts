import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, generateToken, hashToken, validateSessionToken } from '../../src/lib/server/auth';
import { auditLog, users } from '../../src/lib/server/db/schema';
import { hashPassword, verifyPassword } from '../../src/lib/server/passwords';
import { changePassword, endMySession, listMySessions } from '../../src/lib/server/services/account';
import { ServiceError } from '../../src/lib/server/services/errors';
import { createSignInLimits } from '../../src/lib/server/services/sign-in';
import { sessionEndReason } from '../../src/lib/server/session-endings';
import { addUser, freshDb } from '../helpers/db';

const OLD = 'old-password-of-anna';
const NEW = 'a-brand-new-password';
const LIFETIME = { idleMs: 3_600_000, absoluteMs: 12 * 3_600_000 };
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function setup() {
	const db = freshDb();
	const anna = addUser(db, {
		name: 'Anna',
		email: 'anna@test.example',
		passwordHash: await hashPassword(OLD)
	});
	const browser = (minutes: number) => {
		const token = generateToken();
		createSession(db, token, anna.id, LIFETIME, at(minutes));
		return { token, id: hashToken(token) };
	};
	const here = browser(0);
	const phone = browser(5);
	const limits = createSignInLimits({ perAccount: 5, perAddress: 100, windowMinutes: 15 });
	const change = (currentPassword: string, password: string) =>
		changePassword(db, limits, anna, here.id, { currentPassword, password }, '10.0.0.1', LIFETIME, at(10));
	const hash = () => db.select().from(users).where(eq(users.id, anna.id)).get()!.passwordHash;
	return { db, anna, here, phone, change, hash };
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ServiceError);
	return error as ServiceError;
}

describe('changing one’s password', () => {
	it('refuses a wrong current password and changes nothing', async () => {
		const { db, phone, change, hash } = await setup();
		const before = hash();
		const e = await refusal(change('not-the-password', NEW));
		expect([e.status, e.messageKey, e.field]).toEqual([400, 'error.wrong_password', 'currentPassword']);
		expect(hash()).toBe(before);
		expect(validateSessionToken(db, phone.token, LIFETIME, at(11)).user).not.toBeNull();
	});

	it('holds the new password to the invitation rules', async () => {
		const { change } = await setup();
		expect((await refusal(change(OLD, 'short'))).messageKey).toBe('error.password_short');
		expect((await refusal(change(OLD, 'password123!'))).messageKey).toBe('error.password_common');
		expect((await refusal(change(OLD, 'anna@test.example'))).messageKey).toBe('error.password_email');
		expect((await refusal(change(OLD, OLD))).messageKey).toBe('error.password_unchanged');
	});

	it('ends the other sessions and keeps this browser signed in under a new token', async () => {
		const { db, anna, here, phone, change, hash } = await setup();
		const { token } = await change(OLD, NEW);
		expect(await verifyPassword(hash(), NEW)).toBe(true);
		expect(validateSessionToken(db, phone.token, LIFETIME, at(11)).user).toBeNull();
		expect(sessionEndReason(db, phone.token, at(11))).toBe('password_changed');
		// The old token of this browser is gone too: a fresh one replaces it.
		expect(validateSessionToken(db, here.token, LIFETIME, at(11)).user).toBeNull();
		expect(validateSessionToken(db, token, LIFETIME, at(11)).user?.id).toBe(anna.id);
		const audit = db.select().from(auditLog).where(eq(auditLog.action, 'change_password')).get();
		expect(audit).toMatchObject({ actorUserId: anna.id, newValue: JSON.stringify({ sessionsEnded: 1 }) });
	});
});

describe('one’s sessions', () => {
	it('lists them with this browser first, and ends another one, which is then refused', async () => {
		const { db, anna, here, phone } = await setup();
		const listed = listMySessions(db, anna, here.id, LIFETIME, at(20));
		expect(listed.map((s) => [s.current, s.createdAt])).toEqual([
			[true, at(0)],
			[false, at(5)]
		]);
		expect(listed[1]!.handle).not.toContain(phone.id);

		endMySession(db, anna, here.id, listed[1]!.handle);
		expect(validateSessionToken(db, phone.token, LIFETIME, at(21)).user).toBeNull();
		expect(sessionEndReason(db, phone.token, at(21))).toBe('ended_elsewhere');
		expect(validateSessionToken(db, here.token, LIFETIME, at(21)).user?.id).toBe(anna.id);
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'end_session')).all()).toHaveLength(1);
	});

	it('does not end the current session this way, nor someone else’s', async () => {
		const { db, anna, here } = await setup();
		const mine = listMySessions(db, anna, here.id, LIFETIME, at(20))[0]!;
		expect(() => endMySession(db, anna, here.id, mine.handle)).toThrow('error.cannot_end_current_session');
		const bob = addUser(db, { name: 'Bob' });
		expect(() => endMySession(db, bob, 'x', mine.handle)).toThrow('error.not_found');
		expect(validateSessionToken(db, here.token, LIFETIME, at(21)).user?.id).toBe(anna.id);
	});
});
