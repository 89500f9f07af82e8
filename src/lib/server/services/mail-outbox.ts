import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { RenderedMail } from '../../domain/mail-layout';
import type { Locale } from '../../i18n/locales';
import type { Db } from '../db/client';
import { MAIL_KINDS, mailOutbox, type MailStatus } from '../db/schema';

const MINUTE = 60_000;
/** Waits after the first, second and third failed attempt; the fourth failure gives the mail up. */
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** Mails sent per run, so that one run stays short even after an outage. */
const BATCH = 20;
const MAX_ERROR_LENGTH = 300;

type Writer = Pick<Db, 'insert'>;

export interface OutgoingMail extends RenderedMail {
	to: string;
	locale: Locale;
	kind: (typeof MAIL_KINDS)[number];
	/** What the mail is about, so that its delivery can be shown beside it (e.g. an invitation). */
	about?: { entity: string; id: string };
}

/**
 * Queues a mail. Call it inside the transaction of the change the mail tells about: a rolled-back
 * change sends nothing, and a committed one is sure to be sent.
 */
export function queueMail(db: Writer, mail: OutgoingMail, now = new Date()): number {
	return db
		.insert(mailOutbox)
		.values({
			to: mail.to,
			locale: mail.locale,
			kind: mail.kind,
			subject: mail.subject,
			text: mail.text,
			html: mail.html,
			nextAttemptAt: now,
			entity: mail.about?.entity ?? null,
			entityId: mail.about?.id ?? null
		})
		.returning({ id: mailOutbox.id })
		.get().id;
}

/** Withdraws the queued mails about an entity, e.g. an invitation whose link was replaced or cancelled. */
export function cancelQueuedMail(db: Pick<Db, 'update'>, entity: string, id: string): void {
	db.update(mailOutbox)
		.set({ status: 'cancelled', text: null, html: null })
		.where(and(eq(mailOutbox.entity, entity), eq(mailOutbox.entityId, id), eq(mailOutbox.status, 'queued')))
		.run();
}

/** What nodemailer's transporter offers; the sender address is one of its defaults. */
export interface MailTransport {
	sendMail(message: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface DeliveryRun {
	sent: number;
	retried: number;
	failed: number;
}

/** The reason as an administrator can read it: one line, without the password of the SMTP account. */
function reasonOf(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const oneLine = message
		.replace(/\s+/g, ' ')
		.replace(/\/\/[^\s/@]*@/g, '//')
		.trim();
	return oneLine.slice(0, MAX_ERROR_LENGTH) || 'unknown error';
}

/**
 * Sends the mails that are due, one at a time. A failure is retried after 1, 5 and 30 minutes, then the
 * mail is marked failed with the server's reason. A mail's body is dropped once it is sent or given up:
 * the one-time links in it need not outlive their delivery.
 */
export async function deliverDueMail(
	db: Db,
	transport: MailTransport,
	now = new Date()
): Promise<DeliveryRun> {
	const run: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
	const due = db
		.select()
		.from(mailOutbox)
		.where(and(eq(mailOutbox.status, 'queued'), lte(mailOutbox.nextAttemptAt, now)))
		.orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
		.limit(BATCH)
		.all();
	for (const mail of due) {
		const attempts = mail.attempts + 1;
		// Only a mail still queued is updated: one cancelled while it was being sent stays cancelled.
		const stillQueued = and(eq(mailOutbox.id, mail.id), eq(mailOutbox.status, 'queued'));
		try {
			await transport.sendMail({
				to: mail.to,
				subject: mail.subject,
				text: mail.text ?? '',
				html: mail.html ?? ''
			});
			db.update(mailOutbox)
				.set({ status: 'sent', attempts, lastError: null, sentAt: now, text: null, html: null })
				.where(stillQueued)
				.run();
			run.sent++;
		} catch (error) {
			const lastError = reasonOf(error);
			const delay = RETRY_DELAYS_MS[attempts - 1];
			if (delay === undefined) {
				db.update(mailOutbox)
					.set({ status: 'failed', attempts, lastError, text: null, html: null })
					.where(stillQueued)
					.run();
				run.failed++;
			} else {
				db.update(mailOutbox)
					.set({ attempts, lastError, nextAttemptAt: new Date(now.getTime() + delay) })
					.where(stillQueued)
					.run();
				run.retried++;
			}
		}
	}
	return run;
}

export interface Delivery {
	status: MailStatus;
	attempts: number;
	lastError: string | null;
	sentAt: Date | null;
}

/** The latest mail about each of the entities, by id; entities without a mail are left out. */
export function latestDeliveries(db: Db, entity: string, ids: string[]): Map<string, Delivery> {
	const result = new Map<string, Delivery>();
	if (ids.length === 0) return result;
	const rows = db
		.select({
			entityId: mailOutbox.entityId,
			status: mailOutbox.status,
			attempts: mailOutbox.attempts,
			lastError: mailOutbox.lastError,
			sentAt: mailOutbox.sentAt
		})
		.from(mailOutbox)
		.where(and(eq(mailOutbox.entity, entity), inArray(mailOutbox.entityId, ids)))
		.orderBy(asc(mailOutbox.id))
		.all();
	for (const { entityId, ...delivery } of rows) result.set(entityId!, delivery);
	return result;
}
