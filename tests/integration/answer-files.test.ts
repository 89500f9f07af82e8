import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import { blobDir, blobPath } from '../../src/lib/server/files/blob-store';
import { bodyLimitFor } from '../../src/lib/server/hooks/body-limit';
import {
	listAnswerFiles,
	removeAnswerFile,
	uploadAnswerFile
} from '../../src/lib/server/services/answer-files';
import { ServiceError } from '../../src/lib/server/services/errors';
import { openRound } from '../../src/lib/server/services/rounds';
import { addMunicipality, addUser, grant } from '../helpers/db';
import { questionnaires } from './round-fixtures';

let db: Db;
vi.mock('../../src/lib/server/db', () => ({ getDb: () => db }));
vi.mock('../../src/lib/server/questionnaires', () => ({ getQuestionnaires: () => questionnaires }));
const { GET } = await import('../../src/routes/rounds/[id=id]/files/[file=id]/+server');

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const body = (bytes: Uint8Array) => new Blob([bytes as BlobPart]).stream();

let dir: string;
let member: SessionUser;
let leader: SessionUser;
let stranger: SessionUser;
let roundId: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'gri-files-'));
	db = openDatabase(join(dir, 'app.db'), './drizzle');
	const town = addMunicipality(db, { name: 'Koivuranta' });
	const coordinator = addUser(db, { name: 'Kaisa Coordinator' });
	grant(db, coordinator, town.id, 'coordinator');
	member = addUser(db, { name: 'Mikko Member' });
	grant(db, member, town.id, 'member');
	leader = addUser(db, { name: 'Lauri Leader' });
	grant(db, leader, town.id, 'leader');
	roundId = openRound(db, questionnaires, coordinator, {
		municipalityId: town.id,
		questionnaireId: 'mini',
		year: 2026
	}).id;
	const other = addMunicipality(db, { name: 'Stormvik' });
	stranger = addUser(db, { name: 'Olli Other' });
	grant(db, stranger, other.id, 'coordinator');
});

function downloadEvent(user: SessionUser | null, fileId: string) {
	const url = new URL(`http://localhost/rounds/${roundId}/files/${fileId}`);
	return {
		url,
		request: new Request(url),
		params: { id: roundId, file: fileId },
		locals: { user, session: null, locale: 'en' }
	} as unknown as Parameters<typeof GET>[0] & RequestEvent;
}

/** The download route's answer, a thrown redirect or error as a rejection. */
const get = (user: SessionUser | null, fileId: string) =>
	Promise.resolve().then(() => GET(downloadEvent(user, fileId)));

async function refusedWith(promise: Promise<unknown>): Promise<ServiceError> {
	const e = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(e).toBeInstanceOf(ServiceError);
	return e as ServiceError;
}

/** Files left on disk under the store, temporary ones included. */
function filesOnDisk(): string[] {
	const root = blobDir(db);
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => d.name);
}

describe('evidence files', () => {
	it('stores an upload by its hash, lists it, and streams it back to a member with safe headers', async () => {
		const file = await uploadAnswerFile(db, questionnaires, member, roundId, 'q1', {
			name: 'Kotoutumisohjelma "2026".exe.pdf',
			body: body(PDF)
		});
		expect(file).toMatchObject({ name: 'Kotoutumisohjelma _2026_.exe.pdf', contentType: 'application/pdf' });
		expect(listAnswerFiles(db, roundId)['q1']!.map((f) => f.id)).toEqual([file.id]);

		const response = await GET(downloadEvent(member, file.id));
		expect(response.status).toBe(200);
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="Kotoutumisohjelma _2026_.exe.pdf"'
		);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
	});

	it("is a 404 to another municipality's coordinator and sends a signed-out browser to sign in", async () => {
		const file = await uploadAnswerFile(db, questionnaires, member, roundId, 'q1', {
			name: 'a.pdf',
			body: body(PDF)
		});
		const other = await get(stranger, file.id).catch((e: unknown) => e);
		expect(isHttpError(other) && other.status).toBe(404);
		const signedOut = await get(null, file.id).catch((e: unknown) => e);
		expect(isRedirect(signedOut) && signedOut.location).toMatch(/^\/login\?redirectTo=/);
		// A leader reads the round, so downloads; but may not attach.
		expect((await GET(downloadEvent(leader, file.id))).status).toBe(200);
		const refused = await refusedWith(
			uploadAnswerFile(db, questionnaires, leader, roundId, 'q1', { name: 'b.pdf', body: body(PDF) })
		);
		expect(refused.status).toBe(404);
	});

	it('refuses a program and a file over the limit, leaving nothing on disk', async () => {
		const exe = await refusedWith(
			uploadAnswerFile(db, questionnaires, member, roundId, 'q1', { name: 'report.pdf', body: body(EXE) })
		);
		expect([exe.status, exe.messageKey]).toEqual([415, 'error.file_type']);
		const big = await refusedWith(
			uploadAnswerFile(db, questionnaires, member, roundId, 'q1', {
				name: 'big.pdf',
				body: body(new Uint8Array(2048).fill(0x25)),
				maxBytes: 1024
			})
		);
		expect([big.status, big.messageKey, big.params]).toEqual([413, 'error.file_too_large', { max: 0 }]);
		expect(filesOnDisk()).toEqual([]);
		expect(listAnswerFiles(db, roundId)).toEqual({});
	});

	it('deletes the content only when no answer refers to it any more', async () => {
		const a = await uploadAnswerFile(db, questionnaires, member, roundId, 'q1', {
			name: 'a.pdf',
			body: body(PDF)
		});
		const b = await uploadAnswerFile(db, questionnaires, member, roundId, 'q2', {
			name: 'b.pdf',
			body: body(PDF)
		});
		const sha = db.$client
			.prepare('select sha256 from answer_files where id = ?')
			.pluck()
			.get(a.id) as string;
		expect(filesOnDisk()).toEqual([sha]);
		removeAnswerFile(db, questionnaires, member, roundId, a.id);
		expect(existsSync(blobPath(blobDir(db), sha))).toBe(true);
		expect((await GET(downloadEvent(member, b.id))).status).toBe(200);
		removeAnswerFile(db, questionnaires, member, roundId, b.id);
		expect(filesOnDisk()).toEqual([]);
		const gone = await get(member, b.id).catch((e: unknown) => e);
		expect(isHttpError(gone) && gone.status).toBe(404);
	});

	it('npm run db:backup copies the evidence files next to the database copy', async () => {
		await uploadAnswerFile(db, questionnaires, member, roundId, 'q1', { name: 'a.pdf', body: body(PDF) });
		const sha = db.$client.prepare('select sha256 from answer_files').pluck().get() as string;
		const target = join(dir, 'backup.db');
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-backup.ts', '--to', target], {
			encoding: 'utf8',
			env: { ...process.env, DATABASE_URL: join(dir, 'app.db') }
		});
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/1 evidence file\(s\)/);
		expect(readFileSync(join(`${target}.files`, sha.slice(0, 2), sha))).toEqual(Buffer.from(PDF));
	});

	it('lets uploads through the body limit up to the configured size while other routes keep theirs', () => {
		expect(bodyLimitFor(`/api/rounds/${roundId}/answers/q1/files`)).toBe(20 * 1024 * 1024);
		expect(bodyLimitFor(`/api/rounds/${roundId}/answers/q1`)).toBe(256 * 1024);
		expect(bodyLimitFor(`/rounds/${roundId}/areas/a`)).toBe(256 * 1024);
	});
});
