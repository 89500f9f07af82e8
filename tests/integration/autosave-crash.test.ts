import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { isScored, type ScoredQuestion } from '../../src/lib/domain/questionnaire/schema';
import { openDatabase } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/passwords';
import { openRound } from '../../src/lib/server/services/rounds';
import { cleanEnv, freePort, serverBuild } from '../helpers/built-server';
import { addMunicipality, addUser, grant } from '../helpers/db';
import { questionnaires, shipped } from './round-fixtures';

/**
 * kill -9 in the middle of a burst of autosaves, against the built server: every save it answered 200
 * is in the database after a restart, and the saves left without an answer, retried with their save
 * ids, are each committed exactly once. (A kill tests a crash of the process; that a commit also
 * survives a power cut is what synchronous=FULL is for, which no test here can cut.)
 *
 * The server is the build in build/ when it is newer than every source file; otherwise the app is built
 * here from a copy of the sources in a temporary directory (20-40 s), so the test never runs stale code
 * and never overwrites a build someone else made. AUTOSAVE_CRASH_BUILD=path/to/build uses that build.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'a-long-enough-password';
const WORKERS = 40;
/** Acknowledged saves to wait for before the kill, so that it lands mid-burst. */
const KILL_AFTER = 300;

interface Server {
	process: ChildProcess;
	base: string;
	origin: string;
	exited: Promise<void>;
}

async function startServer(build: string, databaseUrl: string): Promise<Server> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const child = spawn(process.execPath, [join(build, 'index.js')], {
		env: {
			...cleanEnv(),
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			DATABASE_URL: databaseUrl,
			MIGRATIONS_DIR: join(ROOT, 'drizzle'),
			QUESTIONNAIRES_DIR: join(ROOT, 'questionnaires')
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const base = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${stderr}`);
		const up = await fetch(`${base}/login`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return { process: child, base, origin, exited };
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`the server did not start within 30 s:\n${stderr}`);
}

async function signIn(server: Server, email: string): Promise<string> {
	const response = await fetch(`${server.base}/login`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: server.origin
		},
		body: new URLSearchParams({ email, password: PASSWORD }),
		redirect: 'manual'
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gri_session='));
	expect(response.status, 'sign-in').toBe(303);
	return cookie!.split(';')[0]!;
}

function valueFor(question: ScoredQuestion, n: number): AnswerValue {
	if (question.type === 'yes_partly_no') return { kind: 'option', option: ['yes', 'partly', 'no'][n % 3]! };
	if (question.type === 'single_choice')
		return { kind: 'option', option: question.options[n % question.options.length]!.code };
	const plain = question.options.filter((o) => !o.exclusive);
	return { kind: 'options', options: [plain[n % plain.length]!.code] };
}

interface Sent {
	code: string;
	body: { value: AnswerValue; justification: string; evidence: never[]; baseVersion: number; saveId: string };
}

let server: Server | undefined;
let build: string;
let cleanUpBuild = () => {};

beforeAll(() => {
	if (process.env.AUTOSAVE_CRASH_BUILD) build = process.env.AUTOSAVE_CRASH_BUILD;
	else ({ path: build, cleanUp: cleanUpBuild } = serverBuild());
}, 300_000);

afterAll(() => {
	server?.process.kill('SIGKILL');
	cleanUpBuild();
});

describe('autosave through kill -9', () => {
	it('keeps every acknowledged save, and a retry of an unanswered one commits it exactly once', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gri-crash-'));
		const databaseUrl = join(dir, 'app.db');
		try {
			const db = openDatabase(databaseUrl, join(ROOT, 'drizzle'));
			const town = addMunicipality(db, { name: 'Crashby' });
			const coordinator = addUser(db, { name: 'Kaisa' });
			grant(db, coordinator, town.id, 'coordinator');
			const member = addUser(db, {
				name: 'Mikko',
				email: 'mikko@test.example',
				passwordHash: await hashPassword(PASSWORD)
			});
			grant(db, member, town.id, 'member');
			const round = openRound(db, questionnaires, coordinator, {
				municipalityId: town.id,
				questionnaireId: shipped.framework.id,
				year: 2026
			});
			db.$client.close();
			const questions = shipped.areas
				.flatMap((a) => a.questions)
				.filter(isScored)
				.slice(0, WORKERS);

			server = await startServer(build, databaseUrl);
			const cookie = await signIn(server, 'mikko@test.example');
			const acknowledged: Array<Sent & { version: number }> = [];
			const unanswered: Sent[] = [];
			const put = (base: string, sent: Sent) =>
				fetch(`${base}/api/rounds/${round.id}/answers/${sent.code}`, {
					method: 'PUT',
					headers: { 'content-type': 'application/json', cookie },
					body: JSON.stringify(sent.body)
				});

			// Each worker saves its own question again and again, on top of its last acknowledged version.
			let killed: Promise<void> | undefined;
			const running = server;
			await Promise.all(
				questions.map(async (question, w) => {
					let version = 0;
					for (let n = 0; ; n++) {
						const sent: Sent = {
							code: question.code,
							body: {
								value: valueFor(question, n),
								justification: `worker ${w}, save ${n}`,
								evidence: [],
								baseVersion: version,
								saveId: `crash-${w}-${n}-${crypto.randomUUID()}`
							}
						};
						try {
							const response = await put(running.base, sent);
							const body = (await response.json()) as { answer?: { version: number } };
							expect(response.status, JSON.stringify(body)).toBe(200);
							version = body.answer!.version;
							acknowledged.push({ ...sent, version });
						} catch (e) {
							// fetch fails with a TypeError when the connection dies; anything else is a real failure.
							if (!killed || !(e instanceof TypeError)) throw e;
							unanswered.push(sent);
							return;
						}
						if (acknowledged.length >= KILL_AFTER && !killed) {
							// A moment later rather than right on this reply, so the kill falls anywhere in
							// the server's cycle: sometimes after a commit, before its replies have gone out.
							killed = running.exited;
							setTimeout(() => running.process.kill('SIGKILL'), Math.random() * 5);
						}
					}
				})
			);
			await killed;
			expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
			// The kill came mid-burst: saves were on their way, whatever became of them.
			expect(unanswered.length).toBeGreaterThan(0);

			server = await startServer(build, databaseUrl);
			const check = new Database(databaseUrl, { readonly: true });
			try {
				const savedBy = check.prepare<[string, string, string], { version: number; new_value: string }>(
					`select s.version, a.new_value from answer_saves s join audit_log a on a.id = s.audit_id
					 where s.round_id = ? and s.question_code = ? and s.save_id = ?`
				);
				for (const save of acknowledged) {
					const row = savedBy.get(round.id, save.code, save.body.saveId);
					expect(row, `acknowledged save ${save.body.saveId}`).toBeDefined();
					expect(row!.version).toBe(save.version);
					expect(JSON.parse(row!.new_value)).toEqual({
						value: save.body.value,
						justification: save.body.justification,
						evidence: []
					});
				}

				// Retried as the browser does, same save id: committed before the kill or not, each is saved once.
				for (const sent of unanswered) {
					const response = await put(server.base, sent);
					expect(response.status, `retry of ${sent.body.saveId}`).toBe(200);
					const { answer } = (await response.json()) as {
						answer: { version: number; justification: string };
					};
					expect(answer).toMatchObject({
						version: sent.body.baseVersion + 1,
						justification: sent.body.justification
					});
				}

				const answerOf = check.prepare<[string, string], { version: number; justification: string }>(
					'select version, justification from answers where round_id = ? and question_code = ?'
				);
				const auditCount = check.prepare<[string], { n: number }>(
					`select count(*) as n from audit_log where entity = 'answer' and action = 'save' and entity_id = ?`
				);
				for (const question of questions) {
					const last = [...unanswered, ...acknowledged.slice().reverse()].find(
						(s) => s.code === question.code
					);
					const stored = answerOf.get(round.id, question.code);
					expect(stored, question.code).toMatchObject({ justification: last!.body.justification });
					// One audit row per committed save: none lost, none written twice by a retry.
					expect(auditCount.get(`${round.id}:${question.code}`)!.n).toBe(stored!.version);
				}
			} finally {
				check.close();
			}
		} finally {
			server?.process.kill('SIGKILL');
			await server?.exited;
			server = undefined;
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
