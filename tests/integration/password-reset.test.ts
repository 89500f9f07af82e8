import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSession, validateSessionToken } from '../../src/lib/server/auth';
import { auditLog, mailOutbox, passwordResets } from '../../src/lib/server/db/schema';
import type { MailContext } from '../../src/lib/server/mail/context';
import { hashPassword } from '../../src/lib/server/passwords';
import { deliverDueMail } from '../../src/lib/server/services/mail-outbox';
import {
	createResetLimits,
	getPasswordReset,
	requestPasswordReset,
	resetPassword
} from '../../src/lib/server/services/password-reset';
import { createSignInLimits, signIn } from '../../src/lib/server/services/sign-in';
import { sessionEndReason } from '../../src/lib/server/session-endings';
import { addUser, freshDb } from '../helpers/db';
import { linkIn, startSmtp, transportTo, type TestSmtp } from '../helpers/smtp';

const T0 = new Date('2026-03-01T10:00:00Z');
const ORIGIN = 'https://gri.example.fi';
const ENGLISH_PAGE: MailContext = { origin: ORIGIN, locale: 'en' };
const OLD = 'old-password-of-sara';
const NEW = 'brand-new-password-2026';
const LIFETIME = { idleMs: 3_600_000, absoluteMs: 12 * 3_600_000 };
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let smtp: TestSmtp;
beforeAll(async () => {
	smtp = await startSmtp();
});
afterAll(() => smtp.close());
beforeEach(() => {
	smtp.received.length = 0;
});

async function setup() {
	const db = freshDb();
	const user = addUser(db, {
		email: 'sara@test.example',
		name: 'Sara Member',
		locale: 'fi',
		passwordHash: await hashPassword(OLD)
	});
	const limits = createResetLimits();
	const request = (email = 'sara@test.example', address = '10.0.0.1', now = T0) =>
		requestPasswordReset(db, limits, { email, address }, { mail: ENGLISH_PAGE, minutes: 60 }, now);
	const deliver = (now = T0) => deliverDueMail(db, transportTo(smtp), now);
	const tokenOf = (i: number) => linkIn(smtp.received[i], `${ORIGIN}/password/reset/`).split('/').pop()!;
	const signInWith = (password: string) =>
		signIn(
			db,
			createSignInLimits({ perAccount: 5, perAddress: 100, windowMinutes: 15 }),
			{
				email: 'sara@test.example',
				password
			},
			'10.0.0.9',
			LIFETIME,
			minutes(10).getTime()
		);
	return { db, user, request, deliver, tokenOf, signInWith };
}

describe('forgotten password', () => {
	it('mails a one-time link; the new password works, the old one and every session end', async () => {
		const { db, user, request, deliver, tokenOf, signInWith } = await setup();
		const sessions = [1, 2].map(() => startSession(db, user.id, LIFETIME, T0).token);
		request();
		await deliver();

		const [mail] = smtp.received;
		expect(mail!.to).toEqual(['sara@test.example']);
		// In the language Sara chose, not in the language of the page the request came from.
		expect(mail!.subject).toBe('Valitse uusi salasana: Hyvien väestösuhteiden indeksi');
		expect(mail!.text).toContain('Linkki toimii kerran 60 minuutin ajan.');
		const token = tokenOf(0);
		expect(getPasswordReset(db, token, minutes(5)).user.id).toBe(user.id);

		await resetPassword(db, token, NEW, minutes(5));
		await expect(signInWith(OLD)).rejects.toMatchObject({ messageKey: 'error.wrong_credentials' });
		await expect(signInWith(NEW)).resolves.toMatchObject({ userId: user.id });
		for (const session of sessions)
			expect(validateSessionToken(db, session, LIFETIME, minutes(6)).session).toBeNull();
		// The browsers that were signed in are told why on the sign-in page.
		expect(sessionEndReason(db, sessions[0]!, minutes(6))).toBe('password_changed');
		expect(
			db
				.select()
				.from(auditLog)
				.all()
				.map((a) => a.action)
		).toEqual(expect.arrayContaining(['request_password_reset', 'reset_password']));

		await expect(resetPassword(db, token, 'yet-another-password-1', minutes(7))).rejects.toMatchObject({
			messageKey: 'error.reset_used'
		});
	});

	it('refuses an expired link and keeps the password', async () => {
		const { request, deliver, tokenOf, signInWith, db } = await setup();
		request();
		await deliver();
		await expect(resetPassword(db, tokenOf(0), NEW, minutes(61))).rejects.toMatchObject({
			messageKey: 'error.reset_expired'
		});
		await expect(signInWith(OLD)).resolves.toBeTruthy();
	});

	it('applies the same password rules as an invitation', async () => {
		const { request, deliver, tokenOf, db } = await setup();
		request();
		await deliver();
		await expect(resetPassword(db, tokenOf(0), 'password123!', minutes(1))).rejects.toMatchObject({
			messageKey: 'error.password_common',
			field: 'password'
		});
		await expect(resetPassword(db, tokenOf(0), 'sara@test.example1', minutes(1))).rejects.toMatchObject({
			messageKey: 'error.password_email'
		});
		// A refused password leaves the link usable.
		await expect(resetPassword(db, tokenOf(0), NEW, minutes(2))).resolves.toBeTruthy();
	});

	it('answers an unknown address the same way and sends nothing', async () => {
		const { db, request, deliver } = await setup();
		expect(request('nobody@test.example')).toBeUndefined();
		expect(request('SARA@test.example')).toBeUndefined();
		await deliver();
		expect(smtp.received.map((m) => m.to)).toEqual([['sara@test.example']]);
		expect(db.select().from(passwordResets).all()).toHaveLength(1);
	});

	it('replaces an earlier link when asked again', async () => {
		const { db, request, deliver, tokenOf } = await setup();
		request();
		request('sara@test.example', '10.0.0.1', minutes(1));
		await deliver(minutes(1));
		expect(smtp.received).toHaveLength(2);
		expect(() => getPasswordReset(db, tokenOf(0), minutes(2))).toThrow('error.reset_unknown');
		expect(getPasswordReset(db, tokenOf(1), minutes(2)).user.email).toBe('sara@test.example');
	});

	it('limits requests per e-mail address quietly and per client address openly', async () => {
		const { db, request } = await setup();
		for (let i = 0; i < 5; i++) request('sara@test.example', `10.0.1.${i}`);
		expect(db.select().from(mailOutbox).all()).toHaveLength(3);

		for (let i = 0; i < 20; i++) request(`someone${i}@test.example`, '10.0.2.1');
		expect(() => request('sara@test.example', '10.0.2.1')).toThrow('error.too_many_requests');
		expect(() => request('other@test.example', '10.0.2.1', minutes(61))).not.toThrow();
	});
});
