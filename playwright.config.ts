import { defineConfig } from '@playwright/test';

/** E2E_PORT lets a second run (say, a local one beside CI) use another port. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_ORIGIN = `http://localhost:${PORT}`;
export const E2E_DB = './data/e2e/app.db';
/**
 * A second server on the same build, with e-mail: it sends to the SMTP server the mail spec runs itself
 * (tests/e2e-mail). The main one stays without SMTP, where invitation links are shown instead of mailed.
 */
const MAIL_PORT = PORT + 2;
export const MAIL_ORIGIN = `http://localhost:${MAIL_PORT}`;
export const MAIL_SMTP_PORT = 2526 + (PORT - 4173);
const SIGN_IN_LIMITS = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '10', LOGIN_MAX_FAILURES_PER_ADDRESS: '200' };

/** Debian's Chromium: Playwright's own browser download cannot work offline. */
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI
		? [['list'], ['json', { outputFile: '.test-output/e2e.json' }]]
		: [['list'], ['json', { outputFile: '.test-output/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'en-GB',
		// The server reads client addresses from this header (ADDRESS_HEADER below), as behind a reverse proxy;
		// the security tests set their own to act from several addresses.
		extraHTTPHeaders: { 'x-forwarded-for': '127.0.0.1' },
		trace: 'retain-on-failure',
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS }
	},
	projects: [
		{ name: 'chromium', testDir: 'tests/e2e', use: { baseURL: E2E_ORIGIN, browserName: 'chromium' } },
		{ name: 'security', testDir: 'tests/security', use: { baseURL: E2E_ORIGIN } },
		{ name: 'mail', testDir: 'tests/e2e-mail', use: { baseURL: MAIL_ORIGIN, browserName: 'chromium' } }
	],
	webServer: [
		{
			command: `rm -rf ./data/e2e && npx vite build && npx tsx scripts/prepare-db.ts && node scripts/server.js`,
			url: `${E2E_ORIGIN}/login`,
			timeout: 180_000,
			reuseExistingServer: false,
			stdout: 'pipe',
			env: {
				PORT: String(PORT),
				ORIGIN: E2E_ORIGIN,
				DATABASE_URL: E2E_DB,
				ADDRESS_HEADER: 'x-forwarded-for',
				...SIGN_IN_LIMITS
			}
		},
		{
			// Waits for the first server, whose `vite build` both run from, then starts on its own database.
			command:
				`until node -e "fetch('${E2E_ORIGIN}/login').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; do sleep 1; done` +
				` && rm -rf ./data/e2e-mail && npx tsx scripts/prepare-db.ts && node scripts/server.js`,
			url: `${MAIL_ORIGIN}/login`,
			timeout: 240_000,
			reuseExistingServer: false,
			stdout: 'pipe',
			env: {
				PORT: String(MAIL_PORT),
				ORIGIN: MAIL_ORIGIN,
				DATABASE_URL: './data/e2e-mail/app.db',
				ADDRESS_HEADER: 'x-forwarded-for',
				SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
				MAIL_FROM: 'GRI e2e <noreply@gri.example.fi>',
				...SIGN_IN_LIMITS
			}
		}
	]
});
