/*
 * Autosave benchmark (not a test). Starts the built server as `npm start` runs it (scripts/server.js) on a
 * fresh temporary database holding the demo data plus four working groups of its own (a municipality, a
 * coordinator, 50 members and an open round each, all made through the app's services), then runs, one
 * after the other:
 *
 *   fsync      single-row commits per second on the same disk: the physical reference
 *   capacity   50 members saving back to back (closed loop): saves/s and latency
 *   paced 50   50 editors saving every ~2 s (open loop), while 5 readers load area pages
 *   paced 200  200 editors saving every ~2 s (open loop), across the four groups
 *
 * and reports the server's CPU time per save (from /proc/<pid>/stat) next to the load generator's, since
 * both share this machine's cores. Afterwards it checks the database: one audit row, and one version
 * step, per acknowledged save of its own rounds, whatever the demo holds. Exits 1 when a save errored or
 * the database disagrees with what was acknowledged; the speed goals are reported, not enforced.
 *
 *   npm run build && npm run bench:autosave      # 10 s per phase, port 4310
 *   BENCH_SECONDS=5 BENCH_PORT=4311 npm run bench:autosave
 *   BENCH_SAVE_ID=0 BENCH_BUILD=/elsewhere/build npm run bench:autosave
 *                        # another build, on adapter-node's own server (build/index.js), e.g. one from
 *                        # before save ids existed, which would refuse them; BENCH_BUILD=./build for this one
 *   BENCH_SERVER_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' npm run bench:autosave   # profile the server
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { and, count, eq, like, sum } from 'drizzle-orm';
import type { AnswerValue } from '../src/lib/domain/answers';
import { isScored, type ScoredQuestion } from '../src/lib/domain/questionnaire/schema';
import { municipalitySchema } from '../src/lib/domain/validation/municipality-form';
import { sessionCookie, startSession, type SessionUser } from '../src/lib/server/auth';
import { openDatabase, type Db } from '../src/lib/server/db/client';
import { answers, auditLog, users } from '../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../src/lib/server/demo/seed';
import { loadQuestionnaireDir } from '../src/lib/server/questionnaire-loader';
import { createAdmin } from '../src/lib/server/services/admin-bootstrap';
import { acceptInvitation, createInvitation } from '../src/lib/server/services/invitations';
import { createMunicipality } from '../src/lib/server/services/municipalities';
import { openRound } from '../src/lib/server/services/rounds';

const GROUPS = 4;
const MEMBERS = 50;
const READERS = 5;
const PACE_MS = 2_000;
const READ_EVERY_MS = 1_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const WITH_SAVE_ID = process.env.BENCH_SAVE_ID !== '0';
const BUILD = process.env.BENCH_BUILD ?? 'build';
const SERVER_ARGS = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
const ORIGIN = `http://localhost:${PORT}`;
const QUESTIONNAIRES_DIR = process.env.QUESTIONNAIRES_DIR ?? './questionnaires';
const MIGRATIONS_DIR = process.env.MIGRATIONS_DIR ?? './drizzle';
const LIFETIME = { idleMs: 2 * 3_600_000, absoluteMs: 12 * 3_600_000 };

const GOALS = { capacity: 1_000, pacedP95: 25, pageP95: 200 };

if (!existsSync(join(BUILD, 'index.js'))) {
	console.error(
		`${join(BUILD, 'index.js')} is missing: run \`npm run build\` first (from the project folder).`
	);
	process.exit(1);
}
if (!Number.isFinite(SECONDS) || SECONDS <= 0 || SECONDS > 600) {
	console.error('BENCH_SECONDS must be a number of seconds between 0 and 600.');
	process.exit(1);
}

const questionnaire = loadQuestionnaireDir(join(QUESTIONNAIRES_DIR, 'gri-2026'));
const qs = new Map([[questionnaire.framework.id, questionnaire]]);
const scored = questionnaire.areas.flatMap((a) => a.questions).filter(isScored);
const areaCodes = questionnaire.areas.filter((a) => !a.composite).map((a) => a.code);

/** mulberry32: each editor's sequence of answers is the same on every run. */
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

const randomHex = (bytes: number) =>
	Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');

// ---------------------------------------------------------------------------------------------------
// Set-up through the services, before the server starts

interface Editor {
	group: number;
	index: number;
	cookie: string;
	roundId: string;
	/** The questions this editor answers: nobody else in the group touches them, so no conflicts. */
	questions: ScoredQuestion[];
}

interface Setup {
	rounds: string[];
	editors: Editor[];
	readers: Array<{ cookie: string; roundId: string }>;
}

async function inChunks<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
	for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

const sessionUser = (db: Db, id: string): SessionUser =>
	db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			isAdmin: users.isAdmin,
			locale: users.locale
		})
		.from(users)
		.where(eq(users.id, id))
		.get()!;

/** The demo as a fresh deployment has it, and then four bench municipalities with their own rounds. */
async function setUp(databaseUrl: string): Promise<Setup> {
	const db = openDatabase(databaseUrl, MIGRATIONS_DIR);
	try {
		await seedDemoIfEmpty(db);
		const run = randomHex(4);
		const password = `Bench-${randomHex(12)}`;
		await createAdmin(db, { email: `bench-admin-${run}@bench.example`, name: 'Bench admin', password });
		const admin = db
			.select()
			.from(users)
			.where(eq(users.email, `bench-admin-${run}@bench.example`))
			.get()!;
		const cookieName = sessionCookie(ORIGIN).name;
		const cookieFor = (userId: string) => `${cookieName}=${startSession(db, userId, LIFETIME).token}`;
		const invite = async (
			actor: SessionUser,
			email: string,
			role: 'coordinator' | 'member',
			town: string
		) => {
			const { token } = createInvitation(db, actor, { email, role, municipalityId: town }, 7);
			return acceptInvitation(db, token, { kind: 'new', name: email.split('@')[0]!, password });
		};

		const setup: Setup = { rounds: [], editors: [], readers: [] };
		for (let group = 0; group < GROUPS; group++) {
			const town = createMunicipality(
				db,
				sessionUser(db, admin.id),
				municipalitySchema.parse({
					name: `Bench town ${group + 1} (${run})`,
					country: 'FI',
					population: '50000',
					diversityShare: '8',
					diversityMeasure: 'foreign_language'
				})
			);
			const coordinator = sessionUser(
				db,
				await invite(
					sessionUser(db, admin.id),
					`coordinator${group}-${run}@bench.example`,
					'coordinator',
					town.id
				)
			);
			const members: string[] = Array.from({ length: MEMBERS });
			await inChunks([...members.keys()], 8, async (i) => {
				members[i] = await invite(coordinator, `member${group}-${i}-${run}@bench.example`, 'member', town.id);
			});
			// A new municipality has no rounds, so this year is free whatever the demo has opened elsewhere.
			const round = openRound(db, qs, coordinator, {
				municipalityId: town.id,
				questionnaireId: questionnaire.framework.id,
				year: new Date().getFullYear()
			});
			setup.rounds.push(round.id);
			members.forEach((userId, index) => {
				setup.editors.push({
					group,
					index,
					cookie: cookieFor(userId),
					roundId: round.id,
					questions: scored.filter((_, k) => k % MEMBERS === index)
				});
			});
			// Readers of group 1 load area pages while its members save at human pace.
			if (group === 1)
				for (let r = 0; r < READERS; r++)
					setup.readers.push({ cookie: cookieFor(members[r]!), roundId: round.id });
		}
		return setup;
	} finally {
		db.$client.close();
	}
}

// ---------------------------------------------------------------------------------------------------
// The server, and what it costs

/**
 * The server as `npm start` runs it (scripts/server.js: the build behind the production HTTP server), or
 * adapter-node's own server for another build given in BENCH_BUILD.
 */
const ENTRY = BUILD === 'build' ? ['scripts/server.js'] : [join(BUILD, 'index.js')];

function startServer(databaseUrl: string): ChildProcess {
	const server = spawn(process.execPath, [...SERVER_ARGS, ...ENTRY], {
		env: {
			...process.env,
			SEED_DEMO: 'false',
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

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

/** A small HTTP client: node:http with keep-alive costs the load generator less CPU than fetch. */
function call(
	method: string,
	path: string,
	headers: Record<string, string>,
	body?: string
): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: PORT, method, path, headers, agent }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end(body);
	});
}

async function waitForServer(server: ChildProcess): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
		try {
			if ((await call('GET', '/login', {})).status === 200) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the server did not answer on port ${PORT} within 30 s`);
}

const TICKS_PER_SECOND = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
	} catch {
		return 100;
	}
})();

/** CPU seconds the process has used (user + system), from /proc; null where there is no /proc. */
function processCpu(pid: number): number | null {
	try {
		// The command name in parentheses may hold spaces: count fields after its closing one.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
	} catch {
		return null;
	}
}

/** Busy and total jiffies of the whole machine, to show whether its cores were saturated. */
function machineCpu(): { busy: number; total: number } | null {
	try {
		const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
		const idle = (line[3] ?? 0) + (line[4] ?? 0);
		const total = line.reduce((a, b) => a + b, 0);
		return { busy: total - idle, total };
	} catch {
		return null;
	}
}

// ---------------------------------------------------------------------------------------------------
// Load

interface Tally {
	saves: number;
	conflicts: number;
	errors: number;
	latencies: number[];
	firstErrors: string[];
	/** Acknowledged saves per round, checked against the database at the end. */
	perRound: Map<string, number>;
}

const newTally = (): Tally => ({
	saves: 0,
	conflicts: 0,
	errors: 0,
	latencies: [],
	firstErrors: [],
	perRound: new Map()
});

function noteError(tally: Tally, message: string) {
	tally.errors++;
	if (tally.firstErrors.length < 5) tally.firstErrors.push(message);
}

/** Versions each editor last saw, kept across phases like a browser tab that stays open. */
const versions = new Map<string, number>();

async function saveOnce(editor: Editor, question: ScoredQuestion, random: () => number, tally: Tally) {
	const key = `${editor.roundId}:${question.code}`;
	const body = JSON.stringify({
		value: validValue(question, random),
		justification: `Saved by bench editor ${editor.group}-${editor.index}`,
		evidence: [],
		baseVersion: versions.get(key) ?? 0,
		...(WITH_SAVE_ID ? { saveId: randomHex(16) } : {})
	});
	const started = performance.now();
	try {
		const response = await call(
			'PUT',
			`/api/rounds/${editor.roundId}/answers/${question.code}`,
			{
				'content-type': 'application/json',
				'content-length': String(Buffer.byteLength(body)),
				cookie: editor.cookie
			},
			body
		);
		tally.latencies.push(performance.now() - started);
		const result = JSON.parse(response.text) as {
			answer?: { version: number };
			current?: { version: number } | null;
		};
		if (response.status === 200 && result.answer) {
			tally.saves++;
			tally.perRound.set(editor.roundId, (tally.perRound.get(editor.roundId) ?? 0) + 1);
			versions.set(key, result.answer.version);
			return true;
		}
		if (response.status === 409 && 'current' in result) {
			tally.conflicts++;
			versions.set(key, result.current?.version ?? 0);
			return false;
		}
		noteError(tally, `HTTP ${response.status} ${response.text.slice(0, 200)}`);
	} catch (e) {
		noteError(tally, String(e));
	}
	return false;
}

/** Saves back to back until the deadline: what the server can take. */
async function closedLoop(editor: Editor, deadline: number, tally: Tally) {
	const random = prng(editor.group * 1000 + editor.index + 1);
	for (let n = 0; performance.now() < deadline;) {
		const question = editor.questions[n % editor.questions.length]!;
		if (await saveOnce(editor, question, random, tally)) n++;
		else if (tally.errors > 100) return;
	}
}

/**
 * One save every ~2 s (±20 %), sent on schedule whether or not the previous one was answered, like a
 * person clicking through choices: the latency a person sees when the server is not saturated.
 */
async function openLoop(editor: Editor, deadline: number, tally: Tally) {
	const random = prng(editor.group * 1000 + editor.index + 7);
	const inFlight: Promise<unknown>[] = [];
	let at = performance.now() + random() * PACE_MS;
	for (let n = 0; at < deadline; n++) {
		await new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
		inFlight.push(saveOnce(editor, editor.questions[n % editor.questions.length]!, random, tally));
		at += PACE_MS * (0.8 + 0.4 * random());
	}
	await Promise.all(inFlight);
}

/** A colleague opening area pages of the round being edited, about once a second. */
async function reader(
	who: { cookie: string; roundId: string },
	seed: number,
	deadline: number,
	loads: { latencies: number[]; errors: number; firstErrors: string[] }
) {
	const random = prng(seed);
	let at = performance.now() + random() * READ_EVERY_MS;
	const inFlight: Promise<void>[] = [];
	while (at < deadline) {
		await new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
		const area = areaCodes[Math.floor(random() * areaCodes.length)]!;
		inFlight.push(
			(async () => {
				const started = performance.now();
				try {
					const page = await call('GET', `/rounds/${who.roundId}/areas/${area}`, {
						cookie: who.cookie,
						accept: 'text/html',
						'accept-encoding': 'br, gzip'
					});
					loads.latencies.push(performance.now() - started);
					if (page.status !== 200) {
						loads.errors++;
						if (loads.firstErrors.length < 5) loads.firstErrors.push(`HTTP ${page.status} on ${area}`);
					}
				} catch (e) {
					loads.errors++;
					if (loads.firstErrors.length < 5) loads.firstErrors.push(String(e));
				}
			})()
		);
		at += READ_EVERY_MS * (0.8 + 0.4 * random());
	}
	await Promise.all(inFlight);
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};
const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);

interface PhaseResult {
	name: string;
	seconds: number;
	tally: Tally;
	serverCpu: number | null;
	benchCpu: number;
	machineBusy: number | null;
}

/** Runs one phase and measures the CPU both processes used during it. */
async function phase(
	name: string,
	serverPid: number,
	run: (deadline: number, tally: Tally) => Promise<unknown>
): Promise<PhaseResult> {
	const tally = newTally();
	const cpu0 = processCpu(serverPid);
	const bench0 = process.cpuUsage();
	const machine0 = machineCpu();
	const started = performance.now();
	await run(started + SECONDS * 1000, tally);
	const seconds = (performance.now() - started) / 1000;
	const cpu1 = processCpu(serverPid);
	const bench1 = process.cpuUsage(bench0);
	const machine1 = machineCpu();
	return {
		name,
		seconds,
		tally,
		serverCpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
		benchCpu: (bench1.user + bench1.system) / 1e6,
		machineBusy:
			machine0 && machine1 ? (machine1.busy - machine0.busy) / (machine1.total - machine0.total) : null
	};
}

/** Single-row commits, each fsync'd as the server's are (WAL, synchronous=FULL), on the same disk. */
function fsyncReference(dir: string): { commitsPerSecond: number; batchedRowsPerSecond: number } {
	const file = join(dir, 'fsync-reference.db');
	const sqlite = new Database(file);
	try {
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('synchronous = FULL');
		sqlite.exec('create table t (id integer primary key, v text not null)');
		const insert = sqlite.prepare('insert into t (v) values (?)');
		const seconds = Math.min(2, SECONDS);
		let commits = 0;
		const start = performance.now();
		while (performance.now() - start < seconds * 1000) {
			insert.run('x'.repeat(200));
			commits++;
		}
		const commitsPerSecond = commits / ((performance.now() - start) / 1000);
		const batch = sqlite.transaction(() => {
			for (let i = 0; i < 64; i++) insert.run('x'.repeat(200));
		});
		let rows = 0;
		const start2 = performance.now();
		while (performance.now() - start2 < seconds * 1000) {
			batch();
			rows += 64;
		}
		return { commitsPerSecond, batchedRowsPerSecond: rows / ((performance.now() - start2) / 1000) };
	} finally {
		sqlite.close();
		for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	}
}

// ---------------------------------------------------------------------------------------------------

const CORES = availableParallelism();

function printPhase(r: PhaseResult, goal: string, cpuNote = '') {
	const { tally } = r;
	const rate = tally.saves / r.seconds;
	const perSave = (cpu: number | null) =>
		cpu === null || !tally.saves ? 'n/a' : `${((cpu / tally.saves) * 1000).toFixed(2)} ms`;
	// Whatever else runs on the machine (other builds, tests) takes cores from both server and load.
	const others =
		r.machineBusy === null || r.serverCpu === null
			? null
			: Math.max(0, r.machineBusy * CORES - (r.serverCpu + r.benchCpu) / r.seconds);
	console.log(`\n${r.name}`);
	console.log(`  saves           ${tally.saves} in ${r.seconds.toFixed(1)} s = ${rate.toFixed(0)} saves/s`);
	console.log(
		`  latency ms      p50 ${ms(tally.latencies, 50)}  p95 ${ms(tally.latencies, 95)}  p99 ${ms(tally.latencies, 99)}  (${tally.latencies.length} requests)`
	);
	console.log(`  409 / errors    ${tally.conflicts} / ${tally.errors}`);
	for (const e of tally.firstErrors) console.log(`    ${e}`);
	console.log(
		`  CPU per save    server ${perSave(r.serverCpu)}, load generator ${perSave(r.benchCpu)}${cpuNote}`
	);
	if (r.serverCpu !== null && others !== null)
		console.log(
			`  CPU use         server ${((r.serverCpu / r.seconds) * 100).toFixed(0)} % of a core, load generator ` +
				`${((r.benchCpu / r.seconds) * 100).toFixed(0)} %, other processes ${(others * 100).toFixed(0)} % ` +
				`(machine ${(r.machineBusy! * 100).toFixed(0)} % busy over ${CORES} cores)`
		);
	console.log(`  goal            ${goal}`);
}

/** The phases next to each other and to their goals. */
function printSummary(rows: Array<{ r: PhaseResult; goal: string }>) {
	console.log('\nsummary          saves/s    p50 ms    p95 ms    p99 ms   server CPU/save   goal');
	for (const { r, goal } of rows) {
		const l = r.tally.latencies;
		const cpu =
			r.serverCpu === null || !r.tally.saves
				? 'n/a'
				: `${((r.serverCpu / r.tally.saves) * 1000).toFixed(2)} ms`;
		console.log(
			`  ${r.name.split(':')[0]!.padEnd(14)} ${(r.tally.saves / r.seconds).toFixed(0).padStart(7)} ` +
				`${ms(l, 50).padStart(9)} ${ms(l, 95).padStart(9)} ${ms(l, 99).padStart(9)} ${cpu.padStart(17)}   ${goal}`
		);
	}
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** What the database holds for the bench's rounds, against what the server acknowledged. */
function checkDatabase(databaseUrl: string, rounds: string[], acknowledged: Map<string, number>): boolean {
	const db = openDatabase(databaseUrl, MIGRATIONS_DIR);
	try {
		let ok = true;
		console.log('\ndurability check (bench rounds only)');
		for (const roundId of rounds) {
			const acked = acknowledged.get(roundId) ?? 0;
			const audit = db
				.select({ n: count() })
				.from(auditLog)
				.where(
					and(
						eq(auditLog.entity, 'answer'),
						eq(auditLog.action, 'save'),
						like(auditLog.entityId, `${roundId}:%`)
					)
				)
				.get()!.n;
			// Every committed save raises its answer's version by one, so the versions add up to the saves.
			const steps = Number(
				db
					.select({ n: sum(answers.version) })
					.from(answers)
					.where(eq(answers.roundId, roundId))
					.get()?.n ?? 0
			);
			const same = audit === acked && steps === acked;
			ok &&= same;
			console.log(
				`  round ${roundId}: acknowledged ${acked}, audit rows ${audit}, version steps ${steps} ${same ? 'ok' : 'MISMATCH'}`
			);
		}
		return ok;
	} finally {
		db.$client.close();
	}
}

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
		const reference = fsyncReference(dir);
		const setup = await setUp(databaseUrl);
		server = startServer(databaseUrl);
		await waitForServer(server);
		const pid = server.pid!;
		console.log(
			`bench:autosave: ${SECONDS} s per phase, ${scored.length} scored questions, ${GROUPS} bench rounds of ` +
				`${MEMBERS} members, save ids ${WITH_SAVE_ID ? 'on' : 'off'}, port ${PORT}, ${TICKS_PER_SECOND} CPU ticks/s, ` +
				`server: node ${ENTRY.join(' ')}`
		);
		console.log(
			`\nfsync reference  ${reference.commitsPerSecond.toFixed(0)} single-row commits/s ` +
				`(${reference.batchedRowsPerSecond.toFixed(0)} rows/s at 64 rows per commit), WAL + synchronous=FULL, same disk`
		);

		const group = (g: number) => setup.editors.filter((e) => e.group === g);
		const capacity = await phase(`capacity: ${MEMBERS} members saving back to back`, pid, (deadline, tally) =>
			Promise.all(group(0).map((e) => closedLoop(e, deadline, tally)))
		);
		const capacityGoal = `>= ${GOALS.capacity} saves/s: ${verdict(capacity.tally.saves / capacity.seconds >= GOALS.capacity)}`;
		printPhase(capacity, capacityGoal);

		const loads = { latencies: [] as number[], errors: 0, firstErrors: [] as string[] };
		const paced50 = await phase(
			`paced 50: ${MEMBERS} editors, a save every ~${PACE_MS / 1000} s each, ${READERS} readers loading area pages`,
			pid,
			(deadline, tally) =>
				Promise.all([
					...group(1).map((e) => openLoop(e, deadline, tally)),
					...setup.readers.map((r, i) => reader(r, 100 + i, deadline, loads))
				])
		);
		const paced50Goal = `p95 < ${GOALS.pacedP95} ms: ${verdict(percentile(paced50.tally.latencies, 95) < GOALS.pacedP95)}`;
		printPhase(paced50, paced50Goal, ' (page loads and idle work included)');
		const pageGoal = `p95 < ${GOALS.pageP95} ms: ${verdict(percentile(loads.latencies, 95) < GOALS.pageP95)}`;
		console.log(
			`  area page loads p50 ${ms(loads.latencies, 50)}  p95 ${ms(loads.latencies, 95)} ms (${loads.latencies.length} loads, ${loads.errors} errors); ` +
				`goal p95 < ${GOALS.pageP95} ms: ${verdict(percentile(loads.latencies, 95) < GOALS.pageP95)}`
		);
		for (const e of loads.firstErrors) console.log(`    ${e}`);

		const paced200 = await phase(
			`paced 200: ${GROUPS * MEMBERS} editors in ${GROUPS} rounds, a save every ~${PACE_MS / 1000} s each`,
			pid,
			(deadline, tally) => Promise.all(setup.editors.map((e) => openLoop(e, deadline, tally)))
		);
		const paced200Goal = `p95 < ${GOALS.pacedP95} ms: ${verdict(percentile(paced200.tally.latencies, 95) < GOALS.pacedP95)}`;
		printPhase(paced200, paced200Goal, ' (idle work included)');
		printSummary([
			{ r: capacity, goal: capacityGoal },
			{ r: paced50, goal: paced50Goal },
			{ r: paced200, goal: paced200Goal }
		]);
		console.log(
			`  page loads/s   ${(loads.latencies.length / paced50.seconds).toFixed(1).padStart(7)} ${ms(loads.latencies, 50).padStart(9)} ` +
				`${ms(loads.latencies, 95).padStart(9)} ${ms(loads.latencies, 99).padStart(9)} ${''.padStart(17)}   ${pageGoal}`
		);

		if (capacity.serverCpu !== null && capacity.tally.saves > 0) {
			const perSave = capacity.serverCpu / capacity.tally.saves;
			// Requests are handled on one thread, so one core is what the server can use for them.
			console.log(
				`\nserver ceiling   ${(1 / perSave).toFixed(0)} saves/s if the server had one core to itself ` +
					`(${(perSave * 1000).toFixed(2)} ms CPU per save, all its threads counted, commit waits not); ` +
					`in the capacity phase it used ${((capacity.serverCpu / capacity.seconds) * 100).toFixed(0)} % of a core`
			);
		}

		agent.destroy();
		await new Promise<void>((resolve) => {
			server!.once('exit', () => resolve());
			stop();
		});
		const acknowledged = new Map<string, number>();
		for (const r of [capacity, paced50, paced200])
			for (const [round, n] of r.tally.perRound) acknowledged.set(round, (acknowledged.get(round) ?? 0) + n);
		const consistent = checkDatabase(databaseUrl, setup.rounds, acknowledged);
		const errors = capacity.tally.errors + paced50.tally.errors + paced200.tally.errors + loads.errors;
		console.log(
			`\nresult           ${errors} errors, database ${consistent ? 'matches' : 'DOES NOT match'} the acknowledged saves`
		);
		return errors === 0 && consistent ? 0 : 1;
	} finally {
		stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		console.error(e instanceof Error ? (e.stack ?? e.message) : e);
		process.exit(1);
	}
);
