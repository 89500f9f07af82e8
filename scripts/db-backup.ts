/* Writes a consistent copy of the live database: npm run db:backup [-- --to FILE] */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const source = (process.env.DATABASE_URL ?? './data/app.db').replace(/^file:/, '');
if (!existsSync(source)) {
	console.error(`db:backup: no database at ${source} (set DATABASE_URL)`);
	process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = values.to ?? join(dirname(source), 'backups', `${basename(source, '.db')}-${stamp}.db`);
mkdirSync(dirname(target), { recursive: true });
if (existsSync(target)) {
	console.error(`db:backup: ${target} exists already; choose another file`);
	process.exit(1);
}

// VACUUM INTO copies one read transaction's snapshot in a single pass. SQLite's online backup API starts
// over whenever the app writes meanwhile, and under steady autosaves it could take minutes to finish.
const started = Date.now();
const db = new Database(source, { fileMustExist: true });
try {
	db.pragma('busy_timeout = 10000');
	db.prepare('VACUUM INTO ?').run(target);
} finally {
	db.close();
}

const copy = new Database(target, { readonly: true });
try {
	const check = copy.pragma('integrity_check', { simple: true });
	if (check !== 'ok') {
		copy.close();
		rmSync(target, { force: true });
		console.error(`db:backup: the copy failed its integrity check (${String(check)}); nothing kept`);
		process.exit(1);
	}
} finally {
	if (copy.open) copy.close();
}
console.log(`Backup written to ${target} in ${Date.now() - started} ms (integrity check: ok)`);
