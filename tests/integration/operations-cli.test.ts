import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/lib/server/passwords';

const tsx = (script: string, args: string[], env: Record<string, string>) =>
	spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env }
	});

describe('operations commands', () => {
	const dir = mkdtempSync(join(tmpdir(), 'gri-ops-'));
	const DATABASE_URL = join(dir, 'app.db');

	it('admin:create creates the first administrator with a working argon2id password', async () => {
		const r = tsx(
			'scripts/admin-create.ts',
			['--email', 'Boss@Example.fi', '--name', 'Boss', '--password', 'a-long-password'],
			{ DATABASE_URL }
		);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/Administrator boss@example\.fi created/);
		const db = new Database(DATABASE_URL, { readonly: true });
		const row = db
			.prepare('select is_admin, password_hash from users where email = ?')
			.get('boss@example.fi') as { is_admin: number; password_hash: string };
		db.close();
		expect(row.is_admin).toBe(1);
		expect(row.password_hash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(row.password_hash, 'a-long-password')).toBe(true);
	});

	it('admin:create refuses a malformed email with a usage message and writes nothing', () => {
		const r = tsx('scripts/admin-create.ts', ['--email', 'nope'], { DATABASE_URL });
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/give a valid --email/);
	});

	it('db:backup writes a consistent copy that opens with the same data', () => {
		const target = join(dir, 'copy.db');
		const r = tsx('scripts/db-backup.ts', ['--to', target], { DATABASE_URL });
		expect(r.status, r.stderr).toBe(0);
		const copy = new Database(target, { readonly: true });
		expect(copy.prepare('select email from users').all()).toEqual([{ email: 'boss@example.fi' }]);
		expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
		copy.close();
	});

	it('db:backup finishes while the app keeps writing, and the copy holds what was committed before it', async () => {
		const live = new Database(DATABASE_URL);
		live.pragma('journal_mode = WAL');
		live.exec('create table if not exists busy (id integer primary key, body text)');
		const insert = live.prepare('insert into busy (body) values (?)');
		for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
		const before = (live.prepare('select count(*) as n from busy').get() as { n: number }).n;
		const target = join(dir, 'under-load.db');
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-backup.ts', '--to', target], {
			env: { ...process.env, DATABASE_URL }
		});
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		// Writes go on, as autosaves would, until the backup is done.
		const writer = setInterval(() => insert.run('during'), 1);
		const status = await new Promise<number | null>((done) => child.on('close', done));
		clearInterval(writer);
		live.close();
		expect(status, stderr).toBe(0);
		const copy = new Database(target, { readonly: true });
		expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
		expect((copy.prepare('select count(*) as n from busy').get() as { n: number }).n).toBeGreaterThanOrEqual(
			before
		);
		copy.close();
	});
});
