import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox } from '../../src/lib/server/db/schema';
import type { MailContext } from '../../src/lib/server/mail/context';
import { cancelInvitation, resendInvitation } from '../../src/lib/server/services/invitation-manage';
import {
	acceptInvitation,
	createInvitation,
	getInvitation,
	listInvitations
} from '../../src/lib/server/services/invitations';
import { deliverDueMail } from '../../src/lib/server/services/mail-outbox';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';
import { linkIn, startSmtp, transportTo, type TestSmtp } from '../helpers/smtp';

const T0 = new Date('2026-03-01T10:00:00Z');
const ORIGIN = 'https://gri.example.fi';
const FINNISH_PAGE: MailContext = { origin: ORIGIN, locale: 'fi' };
const NEW = { kind: 'new', name: 'Nina New', password: 'a-long-password' } as const;

let smtp: TestSmtp;
beforeAll(async () => {
	smtp = await startSmtp();
});
afterAll(() => smtp.close());
beforeEach(() => {
	smtp.accept();
	smtp.received.length = 0;
});

function setup() {
	const db = freshDb();
	const admin = addUser(db, { isAdmin: true, name: 'Aino Admin' });
	const town = addMunicipality(db, { name: 'Koivuranta' });
	const coordinator = addUser(db, { name: 'Kaisa Coordinator' });
	grant(db, coordinator, town.id, 'coordinator');
	const invite = (email = 'nina@test.example', mail: MailContext | null = FINNISH_PAGE) =>
		createInvitation(db, coordinator, { email, role: 'member', municipalityId: town.id }, 7, T0, mail);
	const deliver = (at = T0) => deliverDueMail(db, transportTo(smtp), at);
	const tokenOf = (i: number) => linkIn(smtp.received[i], `${ORIGIN}/invite/`).split('/').pop()!;
	return { db, admin, town, coordinator, invite, deliver, tokenOf };
}

describe('invitations by e-mail', () => {
	it('mails the invitee a link to the app’s own address that works once', async () => {
		const { db, invite, deliver, tokenOf } = setup();
		const { invitation } = invite();
		expect(await deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });

		const [mail] = smtp.received;
		expect(mail).toMatchObject({ from: 'noreply@gri.example.fi', to: ['nina@test.example'] });
		// A new invitee has no language of their own yet: the mail is in the inviter's page language.
		expect(mail!.subject).toBe('Kutsu: Hyvien väestösuhteiden indeksi');
		expect(mail!.text).toContain('Kaisa Coordinator kutsui sinut kuntaan Koivuranta rooliin Työryhmän jäsen');
		expect(mail!.html).toContain(`href="${ORIGIN}/invite/${tokenOf(0)}"`);
		const token = tokenOf(0);
		expect(getInvitation(db, token, T0).invitation.id).toBe(invitation.id);

		await acceptInvitation(db, token, NEW, T0);
		await expect(acceptInvitation(db, token, NEW, T0)).rejects.toMatchObject({
			messageKey: 'error.invitation_used'
		});
	});

	it('keeps the link in the outbox only until the mail is sent, and lists the delivery', async () => {
		const { db, coordinator, town, invite, deliver } = setup();
		const { token } = invite();
		expect(listInvitations(db, coordinator, town.id)[0]!.delivery?.status).toBe('queued');
		expect(JSON.stringify(db.select().from(mailOutbox).all())).toContain(token);
		await deliver();
		expect(JSON.stringify(db.select().from(mailOutbox).all())).not.toContain(token);
		const [row] = listInvitations(db, coordinator, town.id);
		expect(row!.delivery).toMatchObject({ status: 'sent', lastError: null });
		expect(row).not.toHaveProperty('tokenHash');
	});

	it('writes to someone who already has an account in their own language', async () => {
		const { db, invite, deliver } = setup();
		addUser(db, { email: 'sven@test.example', locale: 'sv' });
		invite('sven@test.example');
		await deliver();
		expect(smtp.received[0]!.subject).toBe('Inbjudan: Index för goda relationer');
	});

	it('escapes what people typed in the HTML of the mail', async () => {
		const { db, invite, deliver } = setup();
		db.$client.prepare("update municipalities set name = '<b>Koivu</b> & co'").run();
		invite();
		await deliver();
		expect(smtp.received[0]!.html).toContain('&lt;b&gt;Koivu&lt;/b&gt; &amp; co');
		expect(smtp.received[0]!.html).not.toContain('<b>Koivu');
	});

	it('queues nothing without mail settings, when the link is shown instead', async () => {
		const { db, invite, deliver } = setup();
		invite('nina@test.example', null);
		expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(db.select().from(mailOutbox).all()).toEqual([]);
	});
});

describe('resending and cancelling', () => {
	it('resends with a new link; the old one stops working and an unsent old mail is withdrawn', async () => {
		const { db, coordinator, town, invite, deliver, tokenOf } = setup();
		const first = invite();
		const later = new Date(T0.getTime() + 60_000);
		const again = resendInvitation(
			db,
			coordinator,
			first.invitation.id,
			{ municipalityId: town.id, validDays: 7, mail: FINNISH_PAGE },
			later
		);
		expect(again.token).not.toBe(first.token);
		expect(() => getInvitation(db, first.token, later)).toThrow('error.invitation_unknown');
		expect(await deliver(later)).toEqual({ sent: 1, retried: 0, failed: 0 });
		expect(smtp.received).toHaveLength(1);
		expect(tokenOf(0)).toBe(again.token);
		await acceptInvitation(db, again.token, NEW, later);
		const audit = db
			.select()
			.from(auditLog)
			.all()
			.map((a) => a.action);
		expect(audit).toEqual(['invite', 'resend', 'accept']);
	});

	it('resends an already delivered invitation as a second mail', async () => {
		const { db, admin, invite, deliver, tokenOf } = setup();
		const { invitation } = invite();
		await deliver();
		resendInvitation(db, admin, invitation.id, { validDays: 7, mail: FINNISH_PAGE }, T0);
		await deliver();
		expect(smtp.received).toHaveLength(2);
		expect(tokenOf(1)).not.toBe(tokenOf(0));
		expect(() => getInvitation(db, tokenOf(0), T0)).toThrow('error.invitation_unknown');
		expect(getInvitation(db, tokenOf(1), T0).invitation.id).toBe(invitation.id);
	});

	it('cancels: the link stops working, a queued mail is not sent, and it is audited', async () => {
		const { db, coordinator, town, invite, deliver } = setup();
		const { invitation, token } = invite();
		cancelInvitation(db, coordinator, invitation.id, { municipalityId: town.id }, T0);
		expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(() => getInvitation(db, token, T0)).toThrow('error.invitation_cancelled');
		await expect(acceptInvitation(db, token, NEW, T0)).rejects.toMatchObject({
			messageKey: 'error.invitation_cancelled'
		});
		expect(
			db
				.select()
				.from(auditLog)
				.all()
				.map((a) => a.action)
		).toEqual(['invite', 'cancel']);
		expect(() => cancelInvitation(db, coordinator, invitation.id, {}, T0)).toThrow('error.invitation_closed');
		expect(() =>
			resendInvitation(db, coordinator, invitation.id, { validDays: 7, mail: FINNISH_PAGE }, T0)
		).toThrow('error.invitation_closed');
	});

	it('lets only those who may invite manage an invitation, on its own municipality’s page', () => {
		const { db, coordinator, invite } = setup();
		const { invitation } = invite();
		const other = addMunicipality(db, { name: 'Stormvik' });
		const outsider = addUser(db);
		grant(db, outsider, other.id, 'coordinator');
		const member = addUser(db);
		grant(db, member, invitation.municipalityId!, 'member');
		for (const [who, page] of [
			[outsider, undefined],
			[member, undefined],
			[coordinator, other.id]
		] as const) {
			expect(() => cancelInvitation(db, who, invitation.id, { municipalityId: page }, T0)).toThrow(
				'error.not_found'
			);
		}
		expect(
			db
				.select()
				.from(auditLog)
				.all()
				.map((a) => a.action)
		).toEqual(['invite']);
	});
});
