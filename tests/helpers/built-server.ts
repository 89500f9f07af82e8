import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built app, started as production starts it, for tests that need the whole server: hooks, routes
 * and the mail sender together. The build in build/ is used when it is newer than every source file;
 * otherwise the app is built from a copy of the sources in a temporary directory (20-40 s), so a test
 * never runs stale code and never overwrites a build someone else made.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['src', 'static', 'package.json', 'svelte.config.js', 'tsconfig.json', 'vite.config.ts'];

const newestUnder = (path: string): number =>
	statSync(path).isDirectory()
		? Math.max(0, ...readdirSync(path).map((entry) => newestUnder(join(path, entry))))
		: statSync(path).mtimeMs;

/** Without vitest's own variables, which would make SvelteKit build or run for tests. */
export const cleanEnv = () =>
	Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => !name.startsWith('VITEST') && name !== 'TEST' && name !== 'NODE_ENV'
		)
	);

/** The path of an up-to-date build, and how to remove it if it was made here. */
export function serverBuild(): { path: string; cleanUp: () => void } {
	const built = join(ROOT, 'build');
	const sources = Math.max(
		...SOURCES.filter((s) => existsSync(join(ROOT, s))).map((s) => newestUnder(join(ROOT, s)))
	);
	if (existsSync(join(built, 'index.js')) && newestUnder(built) > sources)
		return { path: built, cleanUp: () => {} };
	const dir = mkdtempSync(join(tmpdir(), 'gri-build-'));
	for (const entry of SOURCES)
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		env: { ...cleanEnv(), NODE_ENV: 'production' },
		encoding: 'utf8',
		timeout: 240_000
	});
	if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
	return { path: join(dir, 'build'), cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

export interface RunningServer {
	/** Where to send requests. */
	base: string;
	/** ORIGIN as the server was given it; form posts must come from here. */
	origin: string;
	stop(): Promise<void>;
}

export async function startBuiltServer(
	build: string,
	databaseUrl: string,
	env: Record<string, string> = {}
): Promise<RunningServer> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const child: ChildProcess = spawn(process.execPath, [join(build, 'index.js')], {
		env: {
			...cleanEnv(),
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			DATABASE_URL: databaseUrl,
			MIGRATIONS_DIR: join(ROOT, 'drizzle'),
			QUESTIONNAIRES_DIR: join(ROOT, 'questionnaires'),
			...env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
	};
	const base = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${stderr}`);
		const up = await fetch(`${base}/login`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return { base, origin, stop };
		await new Promise((r) => setTimeout(r, 100));
	}
	await stop();
	throw new Error(`the server did not start within 30 s:\n${stderr}`);
}

/** A browser, roughly: one cookie jar, form posts from the app's origin, redirects not followed. */
export function browser(server: RunningServer) {
	const cookies = new Map<string, string>();
	const request = async (path: string, form?: Record<string, string>) => {
		const response = await fetch(`${server.base}${path}`, {
			method: form ? 'POST' : 'GET',
			headers: {
				accept: 'text/html',
				origin: server.origin,
				cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
				...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
			},
			body: form ? new URLSearchParams(form) : undefined,
			redirect: 'manual'
		});
		for (const line of response.headers.getSetCookie()) {
			const [pair = ''] = line.split(';');
			const [name = '', value = ''] = pair.split('=');
			if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') cookies.delete(name);
			else cookies.set(name, value);
		}
		return {
			status: response.status,
			location: response.headers.get('location'),
			html: await response.text()
		};
	};
	return {
		get: (path: string) => request(path),
		post: (path: string, form: Record<string, string>) => request(path, form),
		cookies
	};
}
