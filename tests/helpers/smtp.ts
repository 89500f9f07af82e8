import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailSettings } from '../../src/lib/server/config';
import { smtpTransport } from '../../src/lib/server/mail/sender';

export interface ReceivedMail {
	from: string;
	to: string[];
	subject: string;
	text: string;
	html: string;
	/** The account the client signed in with, if it did. */
	user: string | null;
}

export interface TestSmtp {
	port: number;
	url: string;
	received: ReceivedMail[];
	/** From now on every recipient is refused with this reply (a permanent 550), until accept(). */
	refuse(reason: string): void;
	accept(): void;
	/** App settings that send to this server, with links pointing at origin. */
	settings(origin?: string): MailSettings;
	close(): Promise<void>;
}

/**
 * A real SMTP server in the test process, on a free local port (or the one given), keeping what it
 * receives, parsed. It accepts any sign-in, since the app may be configured with an account.
 */
export async function startSmtp(port = 0): Promise<TestSmtp> {
	const received: ReceivedMail[] = [];
	let refusal: string | null = null;
	const server = new SMTPServer({
		logger: false,
		disabledCommands: ['STARTTLS'],
		authOptional: true,
		allowInsecureAuth: true,
		onAuth(auth, _session, callback) {
			callback(null, { user: auth.username });
		},
		onRcptTo(_address, _session, callback) {
			if (!refusal) return callback();
			callback(Object.assign(new Error(refusal), { responseCode: 550 }));
		},
		onData(stream, session, callback) {
			simpleParser(stream).then((mail) => {
				received.push({
					from: mail.from?.value[0]?.address ?? '',
					to: session.envelope.rcptTo.map((r) => r.address),
					subject: mail.subject ?? '',
					text: mail.text ?? '',
					html: typeof mail.html === 'string' ? mail.html : '',
					user: typeof session.user === 'string' ? session.user : null
				});
				callback();
			}, callback);
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const actual = (server.server.address() as AddressInfo).port;
	const url = `smtp://127.0.0.1:${actual}`;
	return {
		port: actual,
		url,
		received,
		refuse: (reason) => void (refusal = reason),
		accept: () => void (refusal = null),
		settings: (origin = 'https://gri.example.fi') => ({
			smtp: url,
			from: 'GRI <noreply@gri.example.fi>',
			origin
		}),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** The app's own SMTP transport, as the server builds it, sending to the test server. */
export const transportTo = (smtp: TestSmtp) => smtpTransport(smtp.settings());

/** The first link in a mail's text that starts with the prefix. */
export function linkIn(mail: ReceivedMail | undefined, prefix: string): string {
	const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const link = mail?.text.match(new RegExp(`${escaped}\\S+`))?.[0];
	if (!link) throw new Error(`no link starting with ${prefix} in ${mail?.text ?? 'no mail'}`);
	return link;
}
