/* Writes a consistent copy of the live database with SQLite's online backup: npm run db:backup [-- --to FILE] */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
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

const db = new Database(source, { readonly: true, fileMustExist: true });
try {
	await db.backup(target);
	console.log(`Backup written to ${target}`);
} finally {
	db.close();
}
