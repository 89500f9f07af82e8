/*
 * Autosave benchmark (not a test): starts the built server on a fresh temporary database, signs in
 * 50 simulated working-group members and lets each of them autosave answers over HTTP for a fixed time.
 * Prints saves per second and latency percentiles. Run `npm run build` first.
 *
 *   npm run bench:autosave                 # 20 s, 50 members, port 4310
 *   BENCH_SECONDS=5 BENCH_PORT=4311 npm run bench:autosave
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, count, eq } from 'drizzle-orm';
import type { AnswerValue } from '../src/lib/domain/answers';
import { isScored, type ScoredQuestion } from '../src/lib/domain/questionnaire/schema';
import { openDatabase } from '../src/lib/server/db/client';
import { auditLog, memberships, municipalities, users } from '../src/lib/server/db/schema';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/lib/server/demo/seed';
import { newId } from '../src/lib/server/ids';
import { hashPassword } from '../src/lib/server/passwords';
import { loadQuestionnaireDir } from '../src/lib/server/questionnaire-loader';
import { openRound } from '../src/lib/server/services/rounds';

const MEMBERS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const ORIGIN = `http://localhost:${PORT}`;
/** Requests go to the loopback address itself; ORIGIN is what the app believes its address is. */
const BASE = `http://127.0.0.1:${PORT}`;
const QUESTIONNAIRES_DIR = process.env.QUESTIONNAIRES_DIR ?? './questionnaires';
const MIGRATIONS_DIR = process.env.MIGRATIONS_DIR ?? './drizzle';

if (!existsSync('build/index.js')) {
	console.error('build/index.js is missing: run `npm run build` first (from the project folder).');
	process.exit(1);
}
if (!Number.isFinite(SECONDS) || SECONDS <= 0 || SECONDS > 600) {
	console.error('BENCH_SECONDS must be a number of seconds between 0 and 600.');
	process.exit(1);
}

const questionnaire = loadQuestionnaireDir(join(QUESTIONNAIRES_DIR, 'gri-2026'));
const scored = questionnaire.areas.flatMap((a) => a.questions).filter(isScored);

/** mulberry32: each member's sequence of answers is the same on every run. */
function prng(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function validValue(q: ScoredQuestion, random: () => number): AnswerValue {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
	if (random() < 0.1) return { kind: 'dont_know' };
	if (q.type === 'yes_partly_no') return { kind: 'option', option: pick(['yes', 'partly', 'no']) };
	if (q.type === 'single_choice') return { kind: 'option', option: pick(q.options).code };
	const plain = q.options.filter((o) => !o.exclusive);
	const chosen = plain.filter(() => random() < 0.5).map((o) => o.code);
	return { kind: 'options', options: chosen.length ? chosen : [pick(plain).code] };
}

/** Demo data, 50 extra members of the demo municipality and an open round; returns the round id. */
async function seed(databaseUrl: string): Promise<string> {
	const db = openDatabase(databaseUrl, MIGRATIONS_DIR);
	try {
		await seedDemoIfEmpty(db);
		const town = db.select().from(municipalities).where(eq(municipalities.name, 'Koivuranta (demo)')).get();
		const coordinator = db.select().from(users).where(eq(users.email, 'coordinator@demo.example')).get();
		if (!town || !coordinator)
			throw new Error('the demo seed did not create Koivuranta (demo) and its coordinator');
		const passwordHash = await hashPassword(DEMO_PASSWORD);
		db.transaction((tx) => {
			for (let i = 0; i < MEMBERS; i++) {
				const id = newId();
				tx.insert(users)
					.values({ id, email: `bench${i}@bench.example`, name: `Bench member ${i}`, passwordHash })
					.run();
				tx.insert(memberships).values({ userId: id, municipalityId: town.id, role: 'member' }).run();
			}
		});
		const round = openRound(db, new Map([[questionnaire.framework.id, questionnaire]]), coordinator, {
			municipalityId: town.id,
			questionnaireId: questionnaire.framework.id,
			year: new Date().getFullYear()
		});
		return round.id;
	} finally {
		db.$client.close();
	}
}

function startServer(databaseUrl: string): ChildProcess {
	const server = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(PORT),
			ORIGIN,
			DATABASE_URL: databaseUrl,
			QUESTIONNAIRES_DIR,
			MIGRATIONS_DIR,
			SHUTDOWN_TIMEOUT: '2'
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`));
	return server;
}

async function waitForServer(server: ChildProcess): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
		try {
			if ((await fetch(`${BASE}/login`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the server did not answer on ${BASE}/login within 30 s`);
}

async function signIn(email: string): Promise<string> {
	const response = await fetch(`${BASE}/login`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			// As a browser posting the form: a real 303 redirect rather than SvelteKit's JSON action result.
			accept: 'text/html',
			origin: ORIGIN
		},
		body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
		redirect: 'manual'
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gri_session='));
	if (response.status !== 303 || !cookie)
		throw new Error(`sign-in of ${email} failed: HTTP ${response.status}`);
	return cookie.split(';')[0]!;
}

interface Tally {
	saves: number;
	conflicts: number;
	errors: number;
	latencies: number[];
	firstErrors: string[];
}

/** One member autosaving their questions in turn until the deadline, like a client that keeps its versions. */
async function member(index: number, cookie: string, roundId: string, deadline: number, tally: Tally) {
	const mine = Array.from(
		{ length: Math.ceil(scored.length / MEMBERS) },
		(_, k) => scored[(index + k * MEMBERS) % scored.length]!
	);
	const versions = new Map<string, number>();
	const random = prng(index + 1);
	for (let n = 0; performance.now() < deadline; n++) {
		const question = mine[n % mine.length]!;
		const body = JSON.stringify({
			value: validValue(question, random),
			justification: `Saved by bench member ${index}`,
			evidence: [],
			baseVersion: versions.get(question.code) ?? 0
		});
		const started = performance.now();
		try {
			const response = await fetch(`${BASE}/api/rounds/${roundId}/answers/${question.code}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json', cookie },
				body
			});
			const result = (await response.json()) as {
				answer?: { version: number };
				current?: { version: number } | null;
			};
			tally.latencies.push(performance.now() - started);
			if (response.status === 200 && result.answer) {
				tally.saves++;
				versions.set(question.code, result.answer.version);
			} else if (response.status === 409) {
				tally.conflicts++;
				versions.set(question.code, result.current?.version ?? 0);
				n--; // retry the same question with the version now stored
			} else {
				tally.errors++;
				if (tally.firstErrors.length < 5)
					tally.firstErrors.push(`HTTP ${response.status} ${JSON.stringify(result)}`);
			}
		} catch (e) {
			tally.errors++;
			if (tally.firstErrors.length < 5) tally.firstErrors.push(String(e));
		}
	}
}

const percentile = (sorted: number[], p: number) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

async function main(): Promise<number> {
	const dir = mkdtempSync(join(tmpdir(), 'gri-bench-'));
	const databaseUrl = join(dir, 'bench.db');
	let server: ChildProcess | undefined;
	const stop = () => server?.exitCode === null && server.kill('SIGTERM');
	process.once('SIGINT', () => {
		stop();
		rmSync(dir, { recursive: true, force: true });
		process.exit(130);
	});
	try {
		const roundId = await seed(databaseUrl);
		server = startServer(databaseUrl);
		await waitForServer(server);
		const cookies = [];
		for (let i = 0; i < MEMBERS; i++) cookies.push(await signIn(`bench${i}@bench.example`));

		console.log(
			`bench:autosave: ${MEMBERS} members, ${SECONDS} s, ${scored.length} scored questions, ${BASE}`
		);
		const tally: Tally = { saves: 0, conflicts: 0, errors: 0, latencies: [], firstErrors: [] };
		const started = performance.now();
		const deadline = started + SECONDS * 1000;
		await Promise.all(cookies.map((cookie, i) => member(i, cookie, roundId, deadline, tally)));
		const elapsed = (performance.now() - started) / 1000;

		const sorted = [...tally.latencies].sort((a, b) => a - b);
		const ms = (p: number) => percentile(sorted, p).toFixed(1);
		console.log(`saves         ${tally.saves}`);
		console.log(`saves/s       ${(tally.saves / elapsed).toFixed(1)}`);
		console.log(`latency ms    p50 ${ms(50)}  p95 ${ms(95)}  p99 ${ms(99)}  (${sorted.length} requests)`);
		console.log(`409 conflicts ${tally.conflicts} (retried with the current version)`);
		console.log(`errors        ${tally.errors}`);
		for (const e of tally.firstErrors) console.log(`  ${e}`);

		await new Promise<void>((resolve) => {
			server!.once('exit', () => resolve());
			stop();
		});
		const db = openDatabase(databaseUrl, MIGRATIONS_DIR);
		const audit = db
			.select({ n: count() })
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'answer'), eq(auditLog.action, 'save')))
			.get()!.n;
		db.$client.close();
		console.log(
			`audit rows    ${audit} ${audit === tally.saves ? '(one per acknowledged save)' : '(MISMATCH with saves)'}`
		);
		return tally.errors === 0 && audit === tally.saves ? 0 : 1;
	} finally {
		stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	}
);
