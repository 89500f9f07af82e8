/* Writes a consistent copy of the live database: npm run db:backup [-- --to FILE] */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
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
// Evidence files live next to the database (src/lib/server/files/blob-store.ts), by content hash and
// never changed once written: each file the copy refers to is copied into `<target>.files/`, the same
// layout, so restoring is putting both back side by side (the folder renamed to `evidence-files`).
const filesFrom = join(dirname(source), 'evidence-files');
const filesTo = `${target}.files`;
const referenced = new Database(target, { readonly: true });
let hashes: string[] = [];
try {
	const table = referenced
		.prepare("select name from sqlite_master where type = 'table' and name = 'answer_files'")
		.get();
	if (table)
		hashes = referenced
			.prepare('select distinct sha256 from answer_files')
			.all()
			.map((r) => (r as { sha256: string }).sha256);
} finally {
	referenced.close();
}
let missing = 0;
for (const hash of hashes) {
	const from = join(filesFrom, hash.slice(0, 2), hash);
	if (!existsSync(from)) {
		missing++;
		continue;
	}
	mkdirSync(join(filesTo, hash.slice(0, 2)), { recursive: true });
	copyFileSync(from, join(filesTo, hash.slice(0, 2), hash));
}
if (missing)
	console.warn(`db:backup: ${missing} evidence file(s) referenced by the copy are missing on disk`);
console.log(
	`Backup written to ${target}${hashes.length ? ` and ${hashes.length - missing} evidence file(s) to ${filesTo}` : ''} in ${Date.now() - started} ms (integrity check: ok)`
);
