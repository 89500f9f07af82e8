import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens (or creates) the database and brings its schema up to date with the migrations. */
export function openDatabase(url: string, migrationsFolder = './drizzle'): Db {
	const file = url.replace(/^file:/, '');
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// FULL: an acknowledged commit survives a power cut, not only a process crash.
	sqlite.pragma('synchronous = FULL');
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder });
	return db;
}
