import { expect } from '@playwright/test';
import { MAIL_SMTP_PORT } from '../../playwright.config';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../helpers/smtp';

export { linkIn } from '../helpers/smtp';

/**
 * The SMTP server the mail e2e server sends to (SMTP_URL in playwright.config.ts), run in the test process
 * so the spec can read what the app mailed. It must listen before the app queues anything: a failed
 * delivery is only retried a minute later.
 */
export async function openMailbox(): Promise<TestSmtp> {
	return startSmtp(MAIL_SMTP_PORT);
}

/** Waits for the mail to the address whose subject starts as given; the app sends from a background sender. */
export async function mailTo(smtp: TestSmtp, address: string, subject: string): Promise<ReceivedMail> {
	const find = () => smtp.received.find((m) => m.to.includes(address) && m.subject.startsWith(subject));
	await expect
		.poll(() => find()?.subject, { message: `mail "${subject}…" to ${address}`, timeout: 15_000 })
		.toBeDefined();
	return find()!;
}
