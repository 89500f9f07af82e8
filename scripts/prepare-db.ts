/* Before the server starts: applies the migrations and, into an empty database, seeds the demo. */
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../src/lib/server/demo/seed';
import { openDatabase } from '../src/lib/server/db/client';

const databaseUrl = (process.env.DATABASE_URL ??= './data/app.db');
const db = openDatabase(databaseUrl, process.env.MIGRATIONS_DIR ?? './drizzle');
if (process.env.SEED_DEMO !== 'false' && (await seedDemoIfEmpty(db))) {
	console.log('\nDemo data created (invented municipalities, labelled "demo"). Sign in with any of these:');
	for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(28)} ${a.label}`);
	console.log(`  password for every demo account: ${DEMO_PASSWORD}\n`);
}
db.$client.close();
