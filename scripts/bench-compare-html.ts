/*
 * The compare page as the browser gets it, for scripts/bench-compare.ts: builds the app from a copy of
 * the sources in a temporary directory (as tests/integration/client-locale-chunks.test.ts does, so no
 * build in the working tree is read or overwritten), starts build/index.js on the benchmark's database
 * at a free port, signs in and fetches the pages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const COPIED = ['src', 'static', 'package.json', 'svelte.config.js', 'tsconfig.json', 'vite.config.ts'];

export interface ServedPage {
	path: string;
	status: number;
	html: string;
	/** Median time of the requests after the first, in ms. */
	medianMs: number;
}

function build(dir: string): void {
	for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		env: { ...process.env, NODE_ENV: 'production' },
		encoding: 'utf8',
		timeout: 300_000
	});
	if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

const freePort = () =>
	new Promise<number>((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
		});
	});

export async function servedPages(options: {
	databaseUrl: string;
	email: string;
	password: string;
	paths: string[];
	repeats?: number;
}): Promise<ServedPage[]> {
	const dir = mkdtempSync(join(tmpdir(), 'gri-bench-compare-'));
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const origin = `http://localhost:${port}`;
	let server: ReturnType<typeof spawn> | undefined;
	try {
		build(dir);
		server = spawn(process.execPath, [join(dir, 'build/index.js')], {
			cwd: dir,
			env: {
				...process.env,
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: origin,
				DATABASE_URL: resolve(options.databaseUrl),
				QUESTIONNAIRES_DIR: join(ROOT, 'questionnaires'),
				MIGRATIONS_DIR: join(ROOT, 'drizzle')
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		const deadline = Date.now() + 30_000;
		for (;;) {
			if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
			if (Date.now() > deadline) throw new Error(`the server did not answer at ${base} within 30 s`);
			if (
				await fetch(`${base}/login`).then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			await new Promise((r) => setTimeout(r, 200));
		}
		const login = await fetch(`${base}/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
			body: new URLSearchParams({ email: options.email, password: options.password }),
			redirect: 'manual'
		});
		const cookie = login.headers.getSetCookie().find((c) => /^(__Host-)?gri_session=/.test(c));
		if (login.status !== 303 || !cookie) throw new Error(`sign-in failed: HTTP ${login.status}`);
		const pages: ServedPage[] = [];
		for (const path of options.paths) {
			const times: number[] = [];
			let first: { status: number; html: string } | undefined;
			for (let i = 0; i < (options.repeats ?? 5); i++) {
				const start = performance.now();
				const response = await fetch(`${base}${path}`, { headers: { cookie: cookie.split(';')[0]! } });
				const html = await response.text();
				if (i > 0) times.push(performance.now() - start);
				first ??= { status: response.status, html };
			}
			times.sort((a, b) => a - b);
			pages.push({ path, ...first!, medianMs: times[times.length >> 1] ?? NaN });
		}
		return pages;
	} finally {
		if (server && server.exitCode === null) {
			const exited = new Promise((r) => server!.once('exit', r));
			server.kill('SIGTERM');
			await exited;
		}
		if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
	}
}
