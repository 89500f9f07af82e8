import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, startSession, validateSessionToken } from '../../src/lib/server/auth';
import { auditLog, memberships, passwordResets, sessions } from '../../src/lib/server/db/schema';
import type { MailContext } from '../../src/lib/server/mail/context';
import { hashPassword } from '../../src/lib/server/passwords';
import { ServiceError } from '../../src/lib/server/services/errors';
import { acceptInvitation, createInvitation, getInvitation } from '../../src/lib/server/services/invitations';
import { listPeople } from '../../src/lib/server/services/people';
import {
	createResetLimits,
	getPasswordReset,
	requestPasswordReset
} from '../../src/lib/server/services/password-reset';
import { createSignInLimits, signIn } from '../../src/lib/server/services/sign-in';
import { deactivateUser, reactivateUser } from '../../src/lib/server/services/user-status';
import { sessionEndReason } from '../../src/lib/server/session-endings';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';

const PASSWORD = 'sara-has-a-long-password';
const LIFETIME = { idleMs: 3_600_000, absoluteMs: 12 * 3_600_000 };
const MAIL: MailContext = { origin: 'https://gri.example.fi', locale: 'en' };
const limits = () => createSignInLimits({ perAccount: 5, perAddress: 100, windowMinutes: 15 });

async function setup() {
	const db = freshDb();
	const admin = addUser(db, { name: 'Ada Admin', isAdmin: true });
	const town = addMunicipality(db, { name: 'Koivuranta' });
	const sara = addUser(db, {
		name: 'Sara Member',
		email: 'sara@test.example',
		passwordHash: await hashPassword(PASSWORD)
	});
	grant(db, sara, town.id, 'member');
	const signInAsSara = () =>
		signIn(db, limits(), { email: sara.email, password: PASSWORD }, '10.0.0.1', LIFETIME);
	return { db, admin, town, sara, signInAsSara };
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ServiceError);
	return error as ServiceError;
}

describe('deactivating an account', () => {
	it('ends every session at once and tells those browsers why on their next request', async () => {
		const { db, admin, sara, signInAsSara } = await setup();
		const laptop = await signInAsSara();
		const phone = await signInAsSara();
		expect(validateSessionToken(db, laptop.token, LIFETIME).user?.id).toBe(sara.id);

		deactivateUser(db, admin, sara.id);

		for (const { token } of [laptop, phone]) {
			expect(validateSessionToken(db, token, LIFETIME)).toEqual({ session: null, user: null });
			expect(sessionEndReason(db, token)).toBe('deactivated');
		}
		expect(db.select().from(sessions).where(eq(sessions.userId, sara.id)).all()).toEqual([]);
		// The roles and the account stay, for the history and for reactivation.
		expect(db.select().from(memberships).where(eq(memberships.userId, sara.id)).all()).toHaveLength(1);
		const audit = db.select().from(auditLog).where(eq(auditLog.action, 'deactivate')).get();
		expect(audit).toMatchObject({ actorUserId: admin.id, entity: 'user', entityId: sara.id });
		expect(listPeople(db, admin, { role: 'deactivated' }).people.map((p) => p.name)).toEqual(['Sara Member']);
	});

	it('refuses sign-in with a clear message, but only to whoever knows the password', async () => {
		const { db, admin, sara, signInAsSara } = await setup();
		deactivateUser(db, admin, sara.id);
		const e = await refusal(signInAsSara());
		expect([e.status, e.messageKey]).toEqual([403, 'error.account_deactivated']);
		const wrong = await refusal(
			signIn(db, limits(), { email: sara.email, password: 'not-her-password' }, '10.0.0.1', LIFETIME)
		);
		expect(wrong.messageKey).toBe('error.wrong_credentials');
		expect(db.select().from(sessions).all()).toEqual([]);
	});

	it('refuses a session that a sign-in running during the deactivation could still have created', async () => {
		const { db, admin, sara } = await setup();
		deactivateUser(db, admin, sara.id);
		const { token } = startSession(db, sara.id, LIFETIME);
		expect(validateSessionToken(db, token, LIFETIME).user).toBeNull();
	});

	it('makes an old invitation unusable, for the page and for accepting it', async () => {
		const { db, admin, sara } = await setup();
		const other = addMunicipality(db, { name: 'Stormvik' });
		const { token } = createInvitation(
			db,
			admin,
			{ email: sara.email, role: 'member', municipalityId: other.id },
			7
		);
		deactivateUser(db, admin, sara.id);
		expect(() => getInvitation(db, token)).toThrow('error.account_deactivated');
		const e = await refusal(acceptInvitation(db, token, { kind: 'existing', password: PASSWORD }));
		expect([e.status, e.messageKey]).toEqual([403, 'error.account_deactivated']);
		expect(db.select().from(memberships).where(eq(memberships.municipalityId, other.id)).all()).toEqual([]);
	});

	it('sends no password reset, and a link sent before stops working', async () => {
		const { db, admin, sara } = await setup();
		const resets = createResetLimits();
		const ask = () =>
			requestPasswordReset(
				db,
				resets,
				{ email: sara.email, address: '10.0.0.1' },
				{ mail: MAIL, minutes: 60 }
			);
		ask();
		expect(db.select().from(passwordResets).all()).toHaveLength(1);
		deactivateUser(db, admin, sara.id);
		expect(db.select().from(passwordResets).all()).toEqual([]);
		ask();
		expect(db.select().from(passwordResets).all()).toEqual([]);
	});

	it('refuses a reset link of a deactivated account, should one be left', async () => {
		const { db, admin, sara } = await setup();
		deactivateUser(db, admin, sara.id);
		const token = generateToken();
		db.insert(passwordResets)
			.values({
				id: 'r1',
				tokenHash: hashToken(token),
				userId: sara.id,
				expiresAt: new Date(Date.now() + 60_000)
			})
			.run();
		expect(() => getPasswordReset(db, token)).toThrow('error.account_deactivated');
	});

	it('does not let an admin deactivate themselves, nor anyone else do it', async () => {
		const { db, admin, sara } = await setup();
		expect(() => deactivateUser(db, admin, admin.id)).toThrow('error.cannot_deactivate_self');
		expect(() => deactivateUser(db, sara, admin.id)).toThrow('error.not_found');
	});
});

describe('reactivating an account', () => {
	it('lets the person sign in again with their password and roles, and is audited', async () => {
		const { db, admin, sara, signInAsSara } = await setup();
		deactivateUser(db, admin, sara.id);
		reactivateUser(db, admin, sara.id);
		const { token } = await signInAsSara();
		expect(validateSessionToken(db, token, LIFETIME).user?.id).toBe(sara.id);
		expect(
			db
				.select({ action: auditLog.action })
				.from(auditLog)
				.where(eq(auditLog.entityId, sara.id))
				.all()
				.map((r) => r.action)
		).toEqual(['deactivate', 'reactivate', 'sign_in']);
		expect(() => reactivateUser(db, admin, sara.id)).toThrow('error.not_deactivated');
	});
});
