import { z } from 'zod';

/** An empty variable counts as unset, as a blank line in an env file means. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

const mailEnv = {
	/** smtp://user:password@host:587 (STARTTLS when offered) or smtps://… (TLS from the start). */
	SMTP_URL: optional(z.url({ protocol: /^smtps?$/ })),
	SMTP_HOST: optional(z.string().max(255)),
	SMTP_PORT: optional(z.coerce.number().int().min(1).max(65535)),
	SMTP_USER: optional(z.string().max(255)),
	SMTP_PASSWORD: optional(z.string().max(1000)),
	/** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
	SMTP_SECURE: optional(z.enum(['true', 'false']).transform((v) => v === 'true')),
	/** The sender, `address@example.fi` or `Name <address@example.fi>`; required with SMTP. */
	MAIL_FROM: optional(
		z
			.string()
			.max(320)
			.regex(/^[^\r\n]*@[^\r\n]*$/, 'not an e-mail address')
	),
	/** How long a password reset link works. */
	PASSWORD_RESET_MINUTES: z.coerce.number().int().positive().max(1440).default(60)
};

const envSchema = z.object({
	DATABASE_URL: z.string().min(1).default('./data/app.db'),
	MIGRATIONS_DIR: z.string().min(1).default('./drizzle'),
	QUESTIONNAIRES_DIR: z.string().min(1).default('./questionnaires'),
	/** Minutes without a request after which a session ends. */
	SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
	/** Hours after sign-in at which a session ends however active it is (ASVS 3.3.2). */
	SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
	/**
	 * The public address, also read by adapter-node. Here it only decides the cookie names: `__Host-`
	 * when it is https:// (see cookies.ts). Unset under `vite dev`, which is plain http.
	 */
	ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
	INVITATION_DAYS: z.coerce.number().int().positive().default(7),
	/**
	 * Failed sign-ins per account *and* client (address, or trusted-device cookie) before that pair is
	 * paused: a minute, doubling with each further failure up to LOGIN_WINDOW_MINUTES. Never account-wide.
	 */
	LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
	/** Failed sign-ins from one address, across all accounts, within LOGIN_WINDOW_MINUTES. */
	LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(100),
	/** The window of the address budget, and the longest pause of an account at one client. */
	LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
	/** Largest evidence file one upload may carry, in megabytes (also raises adapter-node's body limit). */
	EVIDENCE_FILE_MAX_MB: z.coerce.number().positive().max(1024).default(20),
	...mailEnv
});

/** With SMTP, mails need a sender, and their links an address that does not come from a request. */
const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
	if (!env.SMTP_URL && !env.SMTP_HOST) return;
	if (!env.MAIL_FROM) ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'required with SMTP' });
	if (!env.ORIGIN) ctx.addIssue({ code: 'custom', path: ['ORIGIN'], message: 'required with SMTP' });
});

export type Config = z.infer<typeof envSchema>;

let cached: Config | undefined;

export interface SessionLifetime {
	/** Without a request for this long, the session ends. */
	idleMs: number;
	/** This long after sign-in, the session ends whatever the activity. */
	absoluteMs: number;
}

export function sessionLifetime(c: Config = config()): SessionLifetime {
	return { idleMs: c.SESSION_IDLE_MINUTES * 60_000, absoluteMs: c.SESSION_ABSOLUTE_HOURS * 3_600_000 };
}

/** Settings from environment variables; a bad value throws with the variable's name. */
export function parseConfig(env: Record<string, string | undefined>): Config {
	const result = checkedEnvSchema.safeParse(env);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid environment settings:\n${lines.join('\n')}`);
	}
	return result.data;
}

/** Environment settings, parsed once; a bad value stops the server with the variable's name. */
export function config(): Config {
	cached ??= parseConfig(process.env);
	return cached;
}

export interface MailSettings {
	/** What nodemailer's createTransport takes: the URL, or the server's address and account. */
	smtp: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
	from: string;
	/** The app's public address, for links in mails: never the Host header of a request. */
	origin: string;
}

/** How to send mail, or null when SMTP is not configured (then invitation links are shown instead). */
export function mailSettings(c: Config = config()): MailSettings | null {
	if (!c.MAIL_FROM || !c.ORIGIN) return null;
	const origin = new URL(c.ORIGIN).origin;
	if (c.SMTP_URL) return { smtp: c.SMTP_URL, from: c.MAIL_FROM, origin };
	if (!c.SMTP_HOST) return null;
	const port = c.SMTP_PORT ?? (c.SMTP_SECURE ? 465 : 587);
	const auth = c.SMTP_USER ? { user: c.SMTP_USER, pass: c.SMTP_PASSWORD ?? '' } : undefined;
	return {
		smtp: { host: c.SMTP_HOST, port, secure: c.SMTP_SECURE ?? port === 465, auth },
		from: c.MAIL_FROM,
		origin
	};
}
