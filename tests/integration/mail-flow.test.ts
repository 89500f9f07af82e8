import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/passwords';
import { addMunicipality, addUser } from '../helpers/db';
import { browser, serverBuild, startBuiltServer, type RunningServer } from '../helpers/built-server';
import { linkIn, startSmtp, type TestSmtp } from '../helpers/smtp';

/**
 * The mail journeys over HTTP against the built server with SMTP configured: what the browser tests
 * cannot cover, since their server runs without SMTP and shows invitation links instead.
 */

const PASSWORD = 'admin-password-2026';
const NEW_PASSWORD = 'a-fresh-password-2026';
const ADMIN = 'aino.admin@test.example';

let build: ReturnType<typeof serverBuild>;
let dir: string;
let smtp: TestSmtp;
let server: RunningServer;
let townId: string;

beforeAll(async () => {
	build = serverBuild();
	dir = mkdtempSync(join(tmpdir(), 'gri-mail-flow-'));
	const db = openDatabase(join(dir, 'app.db'), './drizzle');
	addUser(db, {
		email: ADMIN,
		name: 'Aino Admin',
		isAdmin: true,
		passwordHash: await hashPassword(PASSWORD)
	});
	townId = addMunicipality(db, { name: 'Koivuranta' }).id;
	db.$client.close();
	smtp = await startSmtp();
	server = await startBuiltServer(build.path, join(dir, 'app.db'), {
		SMTP_URL: smtp.url,
		MAIL_FROM: 'GRI <noreply@gri.example.fi>'
	});
}, 300_000);

afterAll(async () => {
	await server?.stop();
	await smtp?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
	build?.cleanUp();
});

async function mailNumber(n: number) {
	const deadline = Date.now() + 10_000;
	while (smtp.received.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
	expect(smtp.received.length, 'mails received').toBeGreaterThanOrEqual(n);
	return smtp.received[n - 1]!;
}

const pathOf = (link: string) => new URL(link).pathname;
const invitationIds = (html: string) =>
	[...html.matchAll(/name="invitationId" value="([a-z0-9]+)"/g)].map((m) => m[1]!);

async function signedInAdmin(password = PASSWORD) {
	const admin = browser(server);
	const response = await admin.post('/login', { email: ADMIN, password });
	expect(response.status).toBe(303);
	return admin;
}

describe('e-mail through the running server', () => {
	it('mails an invitation instead of showing its link; the link works once', async () => {
		const admin = await signedInAdmin();
		const page = await admin.get('/admin');
		expect(page.html).toContain('Send invitation');
		expect(page.html).not.toContain('E-mail is not configured');

		const sent = await admin.post('/admin?/invite', {
			email: 'kaisa@test.example',
			role: 'coordinator',
			municipalityId: townId
		});
		expect(sent.html).toContain('An invitation was sent to kaisa@test.example.');
		expect(sent.html).not.toContain('/invite/');

		const mail = await mailNumber(1);
		expect(mail.to).toEqual(['kaisa@test.example']);
		const link = linkIn(mail, `${server.origin}/invite/`);
		expect((await admin.get('/admin')).html).toMatch(/delivery[^>]*>Sent</);

		const invitee = browser(server);
		expect((await invitee.get(pathOf(link))).html).toContain(
			'You have been invited to Koivuranta as Coordinator.'
		);
		const accepted = await invitee.post(pathOf(link), {
			name: 'Kaisa Coordinator',
			password: 'kaisa-password-2026',
			passwordConfirm: 'kaisa-password-2026'
		});
		expect(accepted.location).toBe('/dashboard?welcome=1');
		expect((await browser(server).get(pathOf(link))).html).toContain(
			'This invitation has already been used.'
		);
	});

	it('resends with a new link that replaces the old one, and cancels', async () => {
		const admin = await signedInAdmin();
		await admin.post('/admin?/invite', {
			email: 'mikko@test.example',
			role: 'member',
			municipalityId: townId
		});
		const first = linkIn(await mailNumber(2), `${server.origin}/invite/`);
		const [id] = invitationIds((await admin.get('/admin')).html);

		const resent = await admin.post('/admin?/resendInvitation', { invitationId: id! });
		expect(resent.html).toContain('A new invitation was sent to mikko@test.example');
		const second = linkIn(await mailNumber(3), `${server.origin}/invite/`);
		expect(second).not.toBe(first);
		expect((await browser(server).get(pathOf(first))).html).toContain('This invitation link is not valid.');

		const cancelled = await admin.post('/admin?/cancelInvitation', { invitationId: id! });
		expect(cancelled.html).toContain('The invitation for mikko@test.example was cancelled');
		expect((await browser(server).get(pathOf(second))).html).toContain('This invitation has been cancelled.');
	});

	it('resets a forgotten password by mail and ends the old sessions', async () => {
		const before = await signedInAdmin();
		const anonymous = browser(server);
		expect((await anonymous.get('/login')).html).toMatch(
			/href="[./]*password\/forgot">Forgot your password\?<\/a>/
		);

		const neutral = 'If an account uses this address';
		expect((await anonymous.post('/password/forgot', { email: 'nobody@test.example' })).html).toContain(
			neutral
		);
		expect((await anonymous.post('/password/forgot', { email: ADMIN })).html).toContain(neutral);
		const mail = await mailNumber(4);
		expect(mail.to).toEqual([ADMIN]);
		const link = linkIn(mail, `${server.origin}/password/reset/`);

		expect((await anonymous.get(pathOf(link))).html).toContain(`A new password for the account ${ADMIN}.`);
		const done = await anonymous.post(pathOf(link), {
			password: NEW_PASSWORD,
			passwordConfirm: NEW_PASSWORD
		});
		expect(done.location).toBe('/login?passwordChanged=1');
		expect((await anonymous.get(done.location!)).html).toContain('Your password has been changed');

		expect((await before.get('/admin')).location).toMatch(/^\/login/);
		expect((await browser(server).post('/login', { email: ADMIN, password: PASSWORD })).status).toBe(400);
		await signedInAdmin(NEW_PASSWORD);
		expect((await anonymous.get(pathOf(link))).html).toContain(
			'This password reset link has already been used.'
		);
		expect(smtp.received).toHaveLength(4);
	});

	it('without SMTP, explains that e-mail is not configured', async () => {
		const plain = await startBuiltServer(build.path, join(dir, 'app.db'));
		try {
			const anonymous = browser(plain);
			expect((await anonymous.get('/password/forgot')).html).toContain('This server cannot send e-mail');
			const admin = browser(plain);
			expect((await admin.post('/login', { email: ADMIN, password: NEW_PASSWORD })).status).toBe(303);
			const page = await admin.get('/admin');
			expect(page.html).toContain('E-mail is not configured on this server');
			expect(page.html).toContain('Create invitation link');
		} finally {
			await plain.stop();
		}
	});
});
