import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth';
import { auditLog, users } from '../../src/lib/server/db/schema';
import { ServiceError } from '../../src/lib/server/services/errors';
import { acceptInvitation, createInvitation } from '../../src/lib/server/services/invitations';
import {
	createSignInLimits,
	hashEmail,
	listFailedSignIns,
	signIn,
	unlockAccount,
	unlockAddress,
	type SignInClient,
	type SignInLimitOptions,
	type SignInLimits,
	trustedDevice
} from '../../src/lib/server/services/sign-in';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';

const IDLE = 120 * 60_000;
const LIFETIME = { idleMs: IDLE, absoluteMs: 12 * 3_600_000 };
const MIN = 60_000;
const T0 = Date.parse('2026-03-01T10:00:00Z');
const PASSWORD = 'correct horse battery';
const EMAIL = 'anna@test.example';
const ATTACKER = '203.0.113.66';
const OWNER = '198.51.100.7';

type Db = ReturnType<typeof freshDb>;

/** A real argon2id hash with the smallest cost, so that a thousand checks take a moment, not minutes. */
let cheap: Promise<string> | undefined;
const cheapHash = () => (cheap ??= hash(PASSWORD, { memoryCost: 8, timeCost: 1, parallelism: 1 }));

async function setup(opts: Partial<SignInLimitOptions> = {}) {
	const db = freshDb();
	const limits = createSignInLimits({ perAccount: 5, perAddress: 100, windowMinutes: 15, ...opts });
	const anna = addUser(db, { email: EMAIL, name: 'Anna', passwordHash: await cheapHash() });
	const admin = addUser(db, { email: 'admin@test.example', name: 'Admin', isAdmin: true });
	return { db, limits, anna, admin };
}

type Outcome = { ok: true; token: string; deviceToken: string } | { ok: false; error: ServiceError };

async function attempt(
	db: Db,
	limits: SignInLimits,
	password: string,
	client: string | SignInClient,
	at: number,
	email = EMAIL
): Promise<Outcome> {
	try {
		const result = await signIn(db, limits, { email, password }, client, LIFETIME, at);
		return { ok: true, token: result.token, deviceToken: result.deviceToken };
	} catch (e) {
		if (!(e instanceof ServiceError)) throw e;
		return { ok: false, error: e };
	}
}

const keyOf = (o: Outcome) => (o.ok ? 'ok' : o.error.messageKey);
const minutesOf = (o: Outcome) => (o.ok ? 0 : o.error.params?.minutes);
const auditRows = (db: Db, action?: string) =>
	db
		.select()
		.from(auditLog)
		.all()
		.filter((r) => !action || r.action === action);

function refusal(fn: () => unknown): ServiceError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(ServiceError);
		return e as ServiceError;
	}
	throw new Error('expected a refusal');
}

describe('sign-in throttling per account and address', () => {
	it("lets the owner in from another address after 1,000 failures from the attacker's address", async () => {
		const { db, limits, anna } = await setup();
		// One guess every 16 minutes: each waits out the longest pause, so every one is checked and fails.
		let t = T0;
		for (let i = 0; i < 1000; i++, t += 16 * MIN) {
			expect(keyOf(await attempt(db, limits, `guess-${i}`, ATTACKER, t))).toBe('error.wrong_credentials');
		}
		expect(auditRows(db, 'sign_in_failed')).toHaveLength(1000);

		const owner = await attempt(db, limits, PASSWORD, OWNER, t);
		expect(owner.ok).toBe(true);
		expect(auditRows(db, 'sign_in')).toEqual([
			expect.objectContaining({ actorUserId: anna.id, newValue: JSON.stringify({ address: OWNER }) })
		]);
		// The attacker's address is paused for this account: even the right password is refused there.
		const attacker = await attempt(db, limits, PASSWORD, ATTACKER, t - 16 * MIN + 1_000);
		expect([keyOf(attacker), minutesOf(attacker)]).toEqual(['error.too_many_attempts', 15]);
	});

	it('lets the owner in from another address while an attacker hammers the account', async () => {
		const { db, limits } = await setup();
		const outcomes = [];
		for (let i = 0; i < 1000; i++) outcomes.push(await attempt(db, limits, `guess-${i}`, ATTACKER, T0 + i));
		expect(outcomes.filter((o) => keyOf(o) === 'error.wrong_credentials')).toHaveLength(5);
		expect(outcomes.filter((o) => keyOf(o) === 'error.too_many_attempts')).toHaveLength(995);
		expect((await attempt(db, limits, PASSWORD, OWNER, T0 + 1_000)).ok).toBe(true);
	});

	it('slows the attacker: pauses start at one minute and double up to the window; refusals are not checked or logged', async () => {
		const { db, limits } = await setup();
		for (let i = 0; i < 4; i++)
			expect(keyOf(await attempt(db, limits, 'wrong', ATTACKER, T0))).toBe('error.wrong_credentials');
		let t = T0;
		for (const pause of [1, 2, 4, 8, 15, 15, 15]) {
			expect(keyOf(await attempt(db, limits, 'wrong', ATTACKER, t))).toBe('error.wrong_credentials');
			const soon = await attempt(db, limits, PASSWORD, ATTACKER, t + 1);
			expect([keyOf(soon), minutesOf(soon), soon.ok ? 0 : soon.error.status]).toEqual([
				'error.too_many_attempts',
				pause,
				429
			]);
			expect(keyOf(await attempt(db, limits, PASSWORD, ATTACKER, t + pause * MIN - 1))).toBe(
				'error.too_many_attempts'
			);
			t += pause * MIN;
		}
		expect(auditRows(db, 'sign_in_failed')).toHaveLength(11);
		// Once a pause is over the owner may still sign in from that address, which forgets its failures.
		expect((await attempt(db, limits, PASSWORD, ATTACKER, t)).ok).toBe(true);
		expect(keyOf(await attempt(db, limits, 'wrong', ATTACKER, t))).toBe('error.wrong_credentials');
	});

	it('refuses parallel guesses beyond the free failures, before hashing them', async () => {
		const { db, limits } = await setup();
		const outcomes = await Promise.all(
			Array.from({ length: 20 }, (_, i) => attempt(db, limits, `guess-${i}`, ATTACKER, T0))
		);
		expect(outcomes.filter((o) => keyOf(o) === 'error.wrong_credentials')).toHaveLength(5);
		expect(outcomes.filter((o) => keyOf(o) === 'error.too_many_attempts')).toHaveLength(15);
		expect(auditRows(db, 'sign_in_failed')).toHaveLength(5);
	});

	it('forgets the failures of an account and address after a day without one', async () => {
		const { db, limits } = await setup();
		for (let i = 0; i < 5; i++) await attempt(db, limits, 'wrong', ATTACKER, T0);
		expect(keyOf(await attempt(db, limits, 'wrong', ATTACKER, T0 + 1))).toBe('error.too_many_attempts');
		// A day later the free failures are back, and the pauses start again at one minute.
		const dayLater = T0 + 24 * 60 * MIN;
		for (let i = 0; i < 5; i++)
			expect(keyOf(await attempt(db, limits, 'wrong', ATTACKER, dayLater))).toBe('error.wrong_credentials');
		expect(minutesOf(await attempt(db, limits, 'wrong', ATTACKER, dayLater))).toBe(1);
	});
});

describe('sign-in budget per address', () => {
	it('stops one address that fails across many accounts, and only that address, for the window', async () => {
		const { db, limits } = await setup({ perAddress: 20 });
		for (let i = 0; i < 20; i++) {
			const o = await attempt(db, limits, 'x', ATTACKER, T0 + i, `guess${i}@test.example`);
			expect(keyOf(o)).toBe('error.wrong_credentials');
		}
		const blocked = await attempt(db, limits, PASSWORD, ATTACKER, T0 + MIN);
		expect([keyOf(blocked), minutesOf(blocked)]).toEqual(['error.too_many_attempts', 14]);
		expect((await attempt(db, limits, PASSWORD, OWNER, T0 + MIN)).ok).toBe(true);
		expect((await attempt(db, limits, PASSWORD, ATTACKER, T0 + 15 * MIN + 20)).ok).toBe(true);
		// Guessed addresses create no accounts.
		expect(db.select().from(users).all()).toHaveLength(2);
	});

	it('still lets in the owner from a browser they signed in from before, even behind one shared proxy', async () => {
		const PROXY = '10.0.0.1';
		const { db, limits } = await setup({ perAddress: 20 });
		const first = await attempt(db, limits, PASSWORD, PROXY, T0);
		if (!first.ok) throw first.error;
		// Everyone arrives from the proxy's address: the attacker exhausts it and pauses Anna there.
		for (let i = 0; i < 20; i++) await attempt(db, limits, 'x', PROXY, T0 + i, `guess${i}@test.example`);
		for (let i = 0; i < 5; i++) await attempt(db, limits, 'wrong', PROXY, T0 + MIN);
		expect(keyOf(await attempt(db, limits, PASSWORD, PROXY, T0 + 2 * MIN))).toBe('error.too_many_attempts');

		const withCookie = { address: PROXY, deviceToken: first.deviceToken };
		expect((await attempt(db, limits, PASSWORD, withCookie, T0 + 2 * MIN)).ok).toBe(true);
		// The cookie belongs to Anna's account only, and a forged one counts for nothing.
		addUser(db, { email: 'bob@test.example', passwordHash: await cheapHash() });
		const asBob = await attempt(db, limits, PASSWORD, withCookie, T0 + 2 * MIN, 'bob@test.example');
		expect(keyOf(asBob)).toBe('error.too_many_attempts');
		// One character changed (never to itself: a token ending in "0" would otherwise stay valid).
		const last = first.deviceToken.at(-1) === '0' ? '1' : '0';
		const forged = { address: PROXY, deviceToken: `${first.deviceToken.slice(0, -1)}${last}` };
		expect(keyOf(await attempt(db, limits, PASSWORD, forged, T0 + 2 * MIN))).toBe('error.too_many_attempts');
		// It is only valid for this server process: after a restart the owner signs in once more to get one.
		expect(trustedDevice(limits, EMAIL, first.deviceToken, T0)).not.toBeNull();
		const restarted = createSignInLimits({ perAccount: 5, perAddress: 20, windowMinutes: 15 });
		expect(trustedDevice(restarted, EMAIL, first.deviceToken, T0)).toBeNull();
		expect(trustedDevice(limits, EMAIL, first.deviceToken, T0 + 181 * 24 * 60 * MIN)).toBeNull();
	});
});

describe('audit of sign-ins', () => {
	it('records failures without an actor and successes with the address, never a password', async () => {
		const { db, limits, anna } = await setup();
		await attempt(db, limits, 'Secret-Wrong-1', ATTACKER, T0);
		await attempt(db, limits, 'Secret-Wrong-2', ATTACKER, T0, 'Nobody@Test.Example');
		await attempt(db, limits, PASSWORD, OWNER, T0);
		const rows = auditRows(db);
		expect(rows.map((r) => [r.action, r.actorUserId, r.entity, r.entityId, r.newValue])).toEqual([
			['sign_in_failed', null, 'user', anna.id, JSON.stringify({ address: ATTACKER, via: 'sign_in' })],
			[
				'sign_in_failed',
				null,
				'unknown_email',
				hashEmail('nobody@test.example'),
				JSON.stringify({ address: ATTACKER, via: 'sign_in' })
			],
			['sign_in', anna.id, 'user', anna.id, JSON.stringify({ address: OWNER })]
		]);
		const text = JSON.stringify(rows);
		for (const secret of ['Secret-Wrong', PASSWORD, 'nobody@', 'Nobody@']) expect(text).not.toContain(secret);
		expect(db.select().from(users).all()).toHaveLength(2);
	});

	it('audits a wrong password given to accept an invitation, with the same throttle', async () => {
		const { db, limits, anna, admin } = await setup();
		const town = addMunicipality(db);
		const { token } = createInvitation(
			db,
			admin,
			{ email: EMAIL, role: 'member', municipalityId: town.id },
			7,
			new Date(T0)
		);
		const accept = (password: string, at: number) =>
			acceptInvitation(db, token, { kind: 'existing', password }, new Date(at), limits, ATTACKER).then(
				() => 'ok',
				(e: ServiceError) => e.messageKey
			);
		for (let i = 0; i < 5; i++) expect(await accept('wrong', T0)).toBe('error.wrong_password');
		expect(await accept(PASSWORD, T0 + 1)).toBe('error.too_many_attempts');
		expect(auditRows(db, 'sign_in_failed').map((r) => [r.entityId, r.newValue])).toEqual(
			Array(5).fill([anna.id, JSON.stringify({ address: ATTACKER, via: 'invitation' })])
		);
		// The owner, elsewhere, is not affected.
		expect((await attempt(db, limits, PASSWORD, OWNER, T0 + 1)).ok).toBe(true);
		expect(await accept(PASSWORD, T0 + MIN)).toBe('ok');
	});
});

describe('admin: failed sign-ins and unlocking', () => {
	async function pausedSetup() {
		const s = await setup();
		const bob = addUser(s.db, { email: 'bob@test.example', name: 'Bob', passwordHash: await cheapHash() });
		for (let i = 0; i < 5; i++) {
			await attempt(s.db, s.limits, 'wrong', ATTACKER, T0);
			await attempt(s.db, s.limits, 'wrong', '192.0.2.3', T0);
			await attempt(s.db, s.limits, 'wrong', ATTACKER, T0, 'bob@test.example');
		}
		return { ...s, bob };
	}

	it("lets an admin lift an account's pauses at every address, audited", async () => {
		const { db, limits, anna, admin } = await pausedSetup();
		expect(keyOf(await attempt(db, limits, PASSWORD, ATTACKER, T0 + 1))).toBe('error.too_many_attempts');
		expect(unlockAccount(db, limits, admin, anna.id)).toEqual({ cleared: 2 });
		expect(auditRows(db, 'unlock_sign_in')).toEqual([
			expect.objectContaining({ actorUserId: admin.id, entity: 'user', entityId: anna.id })
		]);
		expect((await attempt(db, limits, PASSWORD, ATTACKER, T0 + 1)).ok).toBe(true);
		expect((await attempt(db, limits, PASSWORD, '192.0.2.3', T0 + 1)).ok).toBe(true);
		// Bob's pause is his own.
		const bob = await attempt(db, limits, PASSWORD, ATTACKER, T0 + 1, 'bob@test.example');
		expect(keyOf(bob)).toBe('error.too_many_attempts');
	});

	it('refuses unlocking to everyone but admins, and for unknown accounts, changing nothing', async () => {
		const { db, limits, anna, admin } = await pausedSetup();
		const town = addMunicipality(db);
		const coordinator = addUser(db, { name: 'Kaisa' });
		grant(db, coordinator, town.id, 'coordinator');
		const plain: SessionUser = { ...anna, isAdmin: false };
		for (const actor of [coordinator, plain]) {
			expect(refusal(() => unlockAccount(db, limits, actor, anna.id)).status).toBe(404);
			expect(refusal(() => unlockAddress(db, limits, actor, ATTACKER)).status).toBe(404);
			expect(refusal(() => listFailedSignIns(db, actor)).status).toBe(404);
		}
		expect(refusal(() => unlockAccount(db, limits, admin, 'no-such-user')).status).toBe(404);
		expect(auditRows(db, 'unlock_sign_in')).toEqual([]);
		expect(keyOf(await attempt(db, limits, PASSWORD, ATTACKER, T0 + 1))).toBe('error.too_many_attempts');
	});

	it('lets an admin lift the limits of one address, for every account there', async () => {
		const { db, limits, admin } = await pausedSetup();
		expect(unlockAddress(db, limits, admin, ` ${ATTACKER} `)).toEqual({ cleared: 2 });
		expect(auditRows(db, 'unlock_sign_in')).toEqual([
			expect.objectContaining({ actorUserId: admin.id, entity: 'address', entityId: ATTACKER })
		]);
		expect((await attempt(db, limits, PASSWORD, ATTACKER, T0 + 1)).ok).toBe(true);
		expect((await attempt(db, limits, PASSWORD, ATTACKER, T0 + 1, 'bob@test.example')).ok).toBe(true);
		expect(keyOf(await attempt(db, limits, PASSWORD, '192.0.2.3', T0 + 1))).toBe('error.too_many_attempts');
	});

	it('lists recent failed sign-ins for the admin, newest first, with who was tried and any pause', async () => {
		const { db, limits, anna, bob, admin } = await pausedSetup();
		await attempt(db, limits, 'x', ATTACKER, T0 + 2 * MIN, 'ghost@test.example');
		const list = listFailedSignIns(db, admin, { limit: 4, limits, now: T0 + 30_000 });
		expect(list).toHaveLength(4);
		expect(list[0]).toMatchObject({
			address: ATTACKER,
			via: 'sign_in',
			user: null,
			unknownEmailHash: hashEmail('ghost@test.example'),
			pausedMinutes: 0
		});
		expect(list[1]).toMatchObject({
			address: ATTACKER,
			user: { id: bob.id, email: 'bob@test.example', name: 'Bob' },
			unknownEmailHash: null,
			pausedMinutes: 1
		});
		expect(list[2]).toMatchObject({ address: '192.0.2.3', user: { id: anna.id } });
		expect(list[0]!.at).toBeInstanceOf(Date);
		expect(listFailedSignIns(db, admin)).toHaveLength(16);
		unlockAccount(db, limits, admin, bob.id);
		expect(listFailedSignIns(db, admin, { limit: 2, limits, now: T0 + 30_000 })[1]!.pausedMinutes).toBe(0);
	});
});
