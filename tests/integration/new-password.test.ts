import { describe, expect, it } from 'vitest';
import { invitations, users } from '../../src/lib/server/db/schema';
import { ServiceError } from '../../src/lib/server/services/errors';
import { acceptInvitation, createInvitation } from '../../src/lib/server/services/invitations';
import { addMunicipality, addUser, freshDb } from '../helpers/db';

const T0 = new Date('2026-03-01T10:00:00Z');
const EMAIL = 'nina.nieminen@test.example';

function setup() {
	const db = freshDb();
	const admin = addUser(db, { isAdmin: true });
	const town = addMunicipality(db);
	const { token } = createInvitation(
		db,
		admin,
		{ email: EMAIL, role: 'member', municipalityId: town.id },
		7,
		T0
	);
	const accept = (password: string) =>
		acceptInvitation(db, token, { kind: 'new', name: 'Nina', password }, T0);
	return { db, accept };
}

describe('choosing a password when accepting an invitation', () => {
	it('refuses a repeated character, a common password and the email address, and creates nothing', async () => {
		const { db, accept } = setup();
		for (const [password, key] of [
			['aaaaaaaaaa', 'error.password_repetitive'],
			['password123', 'error.password_common'],
			['Summer2024!!', 'error.password_common'],
			[EMAIL, 'error.password_email'],
			['Nina.Nieminen1', 'error.password_email']
		]) {
			const error = await accept(password!).then(
				() => undefined,
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(ServiceError);
			const e = error as ServiceError;
			expect([password, e.status, e.messageKey, e.field]).toEqual([password, 400, key, 'password']);
		}
		expect(db.select().from(users).all()).toHaveLength(1);
		expect(db.select().from(invitations).all()[0]!.usedAt).toBeNull();
	});

	it('accepts a good password', async () => {
		const { db, accept } = setup();
		const userId = await accept('tea at the harbour at noon');
		expect(
			db
				.select()
				.from(users)
				.all()
				.map((u) => u.id)
		).toContain(userId);
	});
});
