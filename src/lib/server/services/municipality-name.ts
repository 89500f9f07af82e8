import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { municipalities } from '../db/schema';

/** The name for headings and messages; every review page names the municipality it is about. */
export function municipalityName(db: Pick<Db, 'select'>, id: string): string {
	return (
		db.select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.id, id)).get()
			?.name ?? ''
	);
}
