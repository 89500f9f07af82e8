import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { newId } from '../ids';
import { hashPassword } from '../passwords';
import { invalidateUserCaches } from '../user-caches';
import { writeAudit } from './audit';

/** The first administrator of a deployment; an existing account is promoted, its password kept. */
export async function createAdmin(
	db: Db,
	input: { email: string; name: string; password?: string }
): Promise<{ created: boolean; password: string | null }> {
	const existing = db.select().from(users).where(eq(users.email, input.email)).get();
	if (existing) {
		db.transaction((tx) => {
			tx.update(users).set({ isAdmin: true }).where(eq(users.id, existing.id)).run();
			writeAudit(tx, { actorUserId: null, action: 'promote_admin', entity: 'user', entityId: existing.id });
		});
		// Signed-in sessions carry isAdmin: in this process they see the change at once, in a running
		// server (another process) within the few seconds its cache keeps them.
		invalidateUserCaches(existing.id);
		return { created: false, password: null };
	}
	const password =
		input.password ?? encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
	const passwordHash = await hashPassword(password);
	db.transaction((tx) => {
		const id = newId();
		tx.insert(users).values({ id, email: input.email, name: input.name, passwordHash, isAdmin: true }).run();
		writeAudit(tx, { actorUserId: null, action: 'create_admin', entity: 'user', entityId: id });
	});
	return { created: true, password };
}
