import { openDatabase, type Db } from '../../src/lib/server/db/client';
import type { SessionUser } from '../../src/lib/server/auth';
import { expertAssignments, memberships, municipalities, users } from '../../src/lib/server/db/schema';
import { newId } from '../../src/lib/server/ids';
import { invalidateUserCaches } from '../../src/lib/server/user-caches';

/** A fresh in-memory database with every migration applied. */
export function freshDb(): Db {
	return openDatabase(':memory:', './drizzle');
}

/** A cheap fake hash: these tests do not verify passwords unless they hash one themselves. */
export function addUser(db: Db, fields: Partial<typeof users.$inferInsert> = {}): SessionUser {
	const id = newId();
	const row = db
		.insert(users)
		.values({ id, email: `${id}@test.example`, name: `User ${id.slice(0, 4)}`, passwordHash: 'x', ...fields })
		.returning()
		.get();
	return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin, locale: row.locale };
}

export function addMunicipality(db: Db, fields: Partial<typeof municipalities.$inferInsert> = {}) {
	return db
		.insert(municipalities)
		.values({
			id: newId(),
			name: 'Testby',
			country: 'FI',
			population: 50_000,
			diversityShare: 8,
			diversityMeasure: 'foreign_language',
			...fields
		})
		.returning()
		.get();
}

export function grant(
	db: Db,
	user: SessionUser,
	municipalityId: string,
	role: 'coordinator' | 'member' | 'leader' | 'expert'
) {
	if (role === 'expert') db.insert(expertAssignments).values({ userId: user.id, municipalityId }).run();
	else db.insert(memberships).values({ userId: user.id, municipalityId, role }).run();
	// Written past the services, so the cache is told here what they would tell it.
	invalidateUserCaches(user.id);
}
