import { createTransport } from 'nodemailer';
import type { MailSettings } from '../config';
import type { Db } from '../db/client';
import { deliverDueMail, type MailTransport } from '../services/mail-outbox';

/** How often the outbox is looked at when nothing wakes the sender earlier. */
const INTERVAL_MS = 15_000;

/** An SMTP transport with the app's sender address; short timeouts, since a retry follows anyway. */
export function smtpTransport(settings: MailSettings): MailTransport {
	const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
	const options =
		typeof settings.smtp === 'string'
			? { url: settings.smtp, ...timeouts }
			: { ...settings.smtp, ...timeouts };
	return createTransport(options, { from: settings.from });
}

export interface MailSender {
	/** Looks at the outbox now, e.g. right after a mail was queued; runs never overlap. */
	wake(): void;
	stop(): void;
}

export function startMailSender(db: Db, transport: MailTransport, intervalMs = INTERVAL_MS): MailSender {
	let running = false;
	let again = false;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			do {
				again = false;
				await deliverDueMail(db, transport, new Date());
			} while (again);
		} catch (error) {
			// A database error here must not take the server down; the next tick tries again.
			console.error('Mail delivery failed:', error);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(run, intervalMs);
	// The sender never keeps the process alive by itself.
	timer.unref();
	void run();
	return { wake: () => void run(), stop: () => clearInterval(timer) };
}

let current: MailSender | undefined;

/** Started by hooks.server.ts's init when SMTP is configured. */
export function startAppMailSender(db: Db, settings: MailSettings): void {
	current ??= startMailSender(db, smtpTransport(settings));
}

/** After a route queued a mail: send it now rather than at the next tick. No-op without SMTP. */
export function wakeMailSender(): void {
	current?.wake();
}
