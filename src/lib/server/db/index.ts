import { config } from '../config';
import { openDatabase, type Db } from './client';

let instance: Db | undefined;

/** The app's database, opened and migrated on first use. */
export function getDb(): Db {
	if (!instance) {
		const { DATABASE_URL, MIGRATIONS_DIR } = config();
		instance = openDatabase(DATABASE_URL, MIGRATIONS_DIR);
	}
	return instance;
}

export type { Db };
