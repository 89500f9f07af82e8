/* Starts the built app on the embedded SQLite database, seeding the demo when the database is empty. */
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../src/lib/server/demo/seed';
import { openDatabase } from '../src/lib/server/db/client';

process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// CSV uploads of reference results may be up to 2 MB; adapter-node's default limit is 512 kB.
process.env.BODY_SIZE_LIMIT ??= '3M';
const databaseUrl = (process.env.DATABASE_URL ??= './data/app.db');

const db = openDatabase(databaseUrl, process.env.MIGRATIONS_DIR ?? './drizzle');
if (process.env.SEED_DEMO !== 'false' && (await seedDemoIfEmpty(db))) {
	console.log('\nDemo data created (invented municipalities, labelled "demo"). Sign in with any of these:');
	for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(28)} ${a.label}`);
	console.log(`  password for every demo account: ${DEMO_PASSWORD}\n`);
}
db.$client.close();

await import(new URL('../build/index.js', import.meta.url).href);
console.log(`Good Relations Index is running at ${process.env.ORIGIN}`);
