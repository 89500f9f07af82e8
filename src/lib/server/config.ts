import { z } from 'zod';

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
	LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15)
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

/** Environment settings, parsed once; a bad value stops the server with the variable's name. */
export function config(): Config {
	if (!cached) {
		const result = envSchema.safeParse(process.env);
		if (!result.success) {
			const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
			throw new Error(`Invalid environment settings:\n${lines.join('\n')}`);
		}
		cached = result.data;
	}
	return cached;
}
