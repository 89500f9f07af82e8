import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client';
import { mailOutbox } from '../../src/lib/server/db/schema';
import { createInvitation, listInvitations } from '../../src/lib/server/services/invitations';
import { deliverDueMail, MAX_ATTEMPTS } from '../../src/lib/server/services/mail-outbox';
import { smtpTransport } from '../../src/lib/server/mail/sender';
import { addUser, freshDb } from '../helpers/db';
import { startSmtp, transportTo, type TestSmtp } from '../helpers/smtp';

const T0 = new Date('2026-03-01T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

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
	createInvitation(
		db,
		admin,
		{ email: 'eeva@test.example', role: 'admin', municipalityId: undefined },
		7,
		T0,
		{
			origin: 'https://gri.example.fi',
			locale: 'en'
		}
	);
	const delivery = () => listInvitations(db, admin)[0]!.delivery;
	return { db, admin, delivery };
}

const outbox = (db: Db) => db.select().from(mailOutbox).get()!;

describe('the outbox', () => {
	it('retries after the server refused, and sends once it accepts', async () => {
		const { db, delivery } = setup();
		smtp.refuse('Mailbox temporarily full');
		expect(await deliverDueMail(db, transportTo(smtp), T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
		expect(delivery()).toMatchObject({ status: 'queued', attempts: 1 });
		expect(delivery()!.lastError).toContain('Mailbox temporarily full');

		// Not due again until a minute has passed.
		smtp.accept();
		expect(await deliverDueMail(db, transportTo(smtp), at(0.5))).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(smtp.received).toHaveLength(0);

		expect(await deliverDueMail(db, transportTo(smtp), at(1))).toEqual({ sent: 1, retried: 0, failed: 0 });
		expect(smtp.received.map((m) => m.to)).toEqual([['eeva@test.example']]);
		expect(delivery()).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
	});

	it('gives up after the last attempt, keeping the reason and dropping the body', async () => {
		const { db, delivery } = setup();
		smtp.refuse('No such user here');
		// Attempts at once, then after 1, 5 and 30 more minutes.
		for (const minute of [0, 1, 6]) {
			await deliverDueMail(db, transportTo(smtp), at(minute));
			expect(delivery()?.status).toBe('queued');
		}
		expect(await deliverDueMail(db, transportTo(smtp), at(35))).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(await deliverDueMail(db, transportTo(smtp), at(36))).toEqual({ sent: 0, retried: 0, failed: 1 });
		expect(delivery()).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
		expect(delivery()!.lastError).toMatch(/550.*No such user here/);
		expect(outbox(db)).toMatchObject({ text: null, html: null });

		smtp.accept();
		expect(await deliverDueMail(db, transportTo(smtp), at(120))).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(smtp.received).toHaveLength(0);
	});

	it('retries when no server answers at all', async () => {
		const { db, delivery } = setup();
		const gone = await startSmtp();
		await gone.close();
		const transport = smtpTransport(gone.settings());
		expect(await deliverDueMail(db, transport, T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
		expect(delivery()!.lastError).toContain('ECONNREFUSED');
	});

	it('signs in with the account given in SMTP_URL', async () => {
		const { db } = setup();
		const url = `smtp://gri-mailer:s3cret@127.0.0.1:${smtp.port}`;
		const transport = smtpTransport({ ...smtp.settings(), smtp: url });
		expect(await deliverDueMail(db, transport, T0)).toEqual({ sent: 1, retried: 0, failed: 0 });
		expect(smtp.received[0]!.user).toBe('gri-mailer');
	});
});
