import { defineConfig } from '@playwright/test';

/** E2E_PORT lets a second run (say, a local one beside CI) use another port. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_ORIGIN = `http://localhost:${PORT}`;
export const E2E_DB = './data/e2e/app.db';

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
		{ name: 'chromium', testDir: 'tests/e2e', use: { browserName: 'chromium' } },
		{ name: 'security', testDir: 'tests/security' }
	],
	webServer: {
		command: `rm -rf ./data/e2e && npx vite build && npx tsx scripts/prepare-db.ts && node scripts/server.js`,
		url: `http://localhost:${PORT}/login`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: {
			PORT: String(PORT),
			ORIGIN: `http://localhost:${PORT}`,
			DATABASE_URL: E2E_DB,
			ADDRESS_HEADER: 'x-forwarded-for',
			LOGIN_MAX_FAILURES_PER_ACCOUNT: '10',
			LOGIN_MAX_FAILURES_PER_ADDRESS: '200'
		}
	}
});
