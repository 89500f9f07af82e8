import { describe, expect, it } from 'vitest';
import { hashToken, validateSessionToken } from '../../src/lib/server/auth';
import { auditLog, sessions } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/passwords';
import { ServiceError } from '../../src/lib/server/services/errors';
import { createSignInLimits, signIn } from '../../src/lib/server/services/sign-in';
import { addUser, freshDb } from '../helpers/db';

const IDLE = 120 * 60_000;
const LIFETIME = { idleMs: IDLE, absoluteMs: 12 * 3_600_000 };
const WINDOW_MS = 15 * 60_000;
const T0 = Date.parse('2026-03-01T10:00:00Z');
const PASSWORD = 'correct horse battery';
const EMAIL = 'anna@test.example';

let hashed: Promise<string> | undefined;

function setup() {
	const db = freshDb();
	const limits = createSignInLimits({ perAccount: 3, perAddress: 5, windowMinutes: 15 });
	return { db, limits };
}

async function addAnna(db: ReturnType<typeof freshDb>) {
	hashed ??= hashPassword(PASSWORD);
	return addUser(db, { email: EMAIL, name: 'Anna', passwordHash: await hashed });
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ServiceError);
	return error as ServiceError;
}

const counts = (db: ReturnType<typeof freshDb>) => ({
	sessions: db.select().from(sessions).all().length,
	audit: db.select().from(auditLog).all().length
});

describe('signIn', () => {
	it('signs in with the right password: a working session and an audit row', async () => {
		const { db, limits } = setup();
		const anna = await addAnna(db);
		const result = await signIn(db, limits, { email: EMAIL, password: PASSWORD }, '10.0.0.1', LIFETIME, T0);
		expect(result.userId).toBe(anna.id);
		expect(result.session.id).toBe(hashToken(result.token));
		expect(result.session.expiresAt.getTime()).toBe(T0 + IDLE);
		expect(validateSessionToken(db, result.token, LIFETIME, new Date(T0 + 1_000)).user?.id).toBe(anna.id);
		const audit = db.select().from(auditLog).all();
		expect(audit).toEqual([
			expect.objectContaining({ action: 'sign_in', actorUserId: anna.id, entityId: anna.id })
		]);
	});

	it('refuses a wrong password without a session', async () => {
		const { db, limits } = setup();
		await addAnna(db);
		const error = await refusal(
			signIn(db, limits, { email: EMAIL, password: 'wrong' }, '10.0.0.1', LIFETIME, T0)
		);
		expect(error.messageKey).toBe('error.wrong_credentials');
		expect(error.status).toBe(400);
		// The failure is audited (without an actor), but no session is made.
		expect(counts(db)).toEqual({ sessions: 0, audit: 1 });
	});

	it('gives the same answer for an unknown email address', async () => {
		const { db, limits } = setup();
		await addAnna(db);
		const error = await refusal(
			signIn(db, limits, { email: 'nobody@test.example', password: PASSWORD }, '10.0.0.1', LIFETIME, T0)
		);
		expect(error.messageKey).toBe('error.wrong_credentials');
		expect(error.status).toBe(400);
		expect(counts(db)).toEqual({ sessions: 0, audit: 1 });
	});

	it('pauses an account at one address after too many failures, even with the right password, until the pause ends', async () => {
		const { db, limits } = setup();
		await addAnna(db);
		for (let i = 0; i < 3; i++) {
			const e = await refusal(
				signIn(db, limits, { email: EMAIL, password: 'wrong' }, '10.0.0.1', LIFETIME, T0 + i)
			);
			expect(e.messageKey).toBe('error.wrong_credentials');
		}
		const blocked = await refusal(
			signIn(db, limits, { email: EMAIL, password: PASSWORD }, '10.0.0.1', LIFETIME, T0 + 30_000)
		);
		expect(blocked.messageKey).toBe('error.too_many_attempts');
		expect(blocked.status).toBe(429);
		expect(blocked.params?.minutes).toBe(1);
		expect(counts(db)).toEqual({ sessions: 0, audit: 3 });

		// Not account-wide: the same account from another address is not paused.
		const elsewhere = await signIn(
			db,
			limits,
			{ email: EMAIL, password: PASSWORD },
			'10.0.0.9',
			LIFETIME,
			T0
		);
		expect(elsewhere.token).toBeTruthy();

		const later = await signIn(
			db,
			limits,
			{ email: EMAIL, password: PASSWORD },
			'10.0.0.1',
			LIFETIME,
			T0 + WINDOW_MS + 10
		);
		expect(later.token).toBeTruthy();
	});

	it('blocks an address after too many failures across different accounts', async () => {
		const { db, limits } = setup();
		await addAnna(db);
		for (let i = 0; i < 5; i++) {
			const e = await refusal(
				signIn(db, limits, { email: `guess${i}@test.example`, password: 'x' }, '10.6.6.6', LIFETIME, T0)
			);
			expect(e.messageKey).toBe('error.wrong_credentials');
		}
		const blocked = await refusal(
			signIn(db, limits, { email: EMAIL, password: PASSWORD }, '10.6.6.6', LIFETIME, T0)
		);
		expect(blocked.messageKey).toBe('error.too_many_attempts');
		expect(Number(blocked.params?.minutes)).toBeGreaterThan(0);
		expect(counts(db)).toEqual({ sessions: 0, audit: 5 });

		// The same account from another address is not blocked.
		const elsewhere = await signIn(
			db,
			limits,
			{ email: EMAIL, password: PASSWORD },
			'10.0.0.2',
			LIFETIME,
			T0
		);
		expect(elsewhere.token).toBeTruthy();
	});

	it("forgets an account's failures after a successful sign-in", async () => {
		const { db, limits } = setup();
		await addAnna(db);
		const fail = () =>
			refusal(signIn(db, limits, { email: EMAIL, password: 'wrong' }, '10.0.0.1', LIFETIME, T0));
		await fail();
		await fail();
		await signIn(db, limits, { email: EMAIL, password: PASSWORD }, '10.0.0.1', LIFETIME, T0);
		await fail();
		await fail();
		// Four failures in the window, but only two since the success: still allowed.
		const result = await signIn(db, limits, { email: EMAIL, password: PASSWORD }, '10.0.0.1', LIFETIME, T0);
		expect(result.token).toBeTruthy();
		expect(counts(db).sessions).toBe(2);
	});
});
