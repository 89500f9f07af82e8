import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client';
import { invitations, memberships, users } from '../../src/lib/server/db/schema';
import { ServiceError } from '../../src/lib/server/services/errors';
import { acceptInvitation, createInvitation } from '../../src/lib/server/services/invitations';
import { addMunicipality, addUser, freshDb } from '../helpers/db';

const NEW = { kind: 'new', name: 'Nina New', password: 'a-long-password' } as const;

function setup() {
	const db = freshDb();
	const admin = addUser(db, { isAdmin: true });
	const town = addMunicipality(db);
	const invite = (role: 'member' | 'leader') =>
		createInvitation(db, admin, { email: 'nina@test.example', role, municipalityId: town.id }, 7).token;
	return { db, invite };
}

const rows = (db: Db) => ({
	users: db.select().from(users).all().length,
	memberships: db.select().from(memberships).all().length,
	used: db
		.select()
		.from(invitations)
		.all()
		.filter((i) => i.usedAt).length
});

/** Accepting hashes the password between its checks and its writes, so requests can overlap. */
describe('accepting invitations at the same time', () => {
	it('accepts one link only once, and the other request is told it was used', async () => {
		const { db, invite } = setup();
		const token = invite('member');
		const results = await Promise.allSettled([
			acceptInvitation(db, token, NEW),
			acceptInvitation(db, token, NEW)
		]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason).toBeInstanceOf(ServiceError);
		expect((rejected.reason as ServiceError).messageKey).toBe('error.invitation_used');
		expect(rows(db)).toEqual({ users: 2, memberships: 1, used: 1 });
	});

	it('refuses the second new account for the same email with a clear message, not a database error', async () => {
		const { db, invite } = setup();
		const first = invite('member');
		const second = invite('leader');
		const results = await Promise.allSettled([
			acceptInvitation(db, first, NEW),
			acceptInvitation(db, second, NEW)
		]);
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		// A raw SqliteError here becomes a 500 page in the invite route instead of a message on the form.
		expect(rejected.reason).toBeInstanceOf(ServiceError);
		expect((rejected.reason as ServiceError).messageKey).toBe('error.account_exists');
		expect(rows(db)).toEqual({ users: 2, memberships: 1, used: 1 });
	});
});
