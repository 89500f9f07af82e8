import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { InvitationInput } from '../../src/lib/domain/validation/account-forms';
import { hashToken, type SessionUser } from '../../src/lib/server/auth';
import type { Db } from '../../src/lib/server/db/client';
import { auditLog, expertAssignments, invitations, memberships, users } from '../../src/lib/server/db/schema';
import { hashPassword, verifyPassword } from '../../src/lib/server/passwords';
import { ServiceError } from '../../src/lib/server/services/errors';
import { acceptInvitation, createInvitation, getInvitation } from '../../src/lib/server/services/invitations';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';

const DAY = 86_400_000;
const T0 = new Date('2026-03-01T10:00:00Z');
const NEW = { kind: 'new', name: 'Nina New', password: 'a-long-password' } as const;

function setup() {
	const db = freshDb();
	const admin = addUser(db, { isAdmin: true });
	const town = addMunicipality(db, { name: 'Koivuranta' });
	const coordinator = addUser(db);
	grant(db, coordinator, town.id, 'coordinator');
	const invite = (actor: SessionUser, input: Partial<InvitationInput>) =>
		createInvitation(
			db,
			actor,
			{ email: 'nina@test.example', role: 'member', municipalityId: town.id, ...input },
			7,
			T0
		);
	return { db, admin, town, coordinator, invite };
}

function refusal(fn: () => unknown): ServiceError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(ServiceError);
		return e as ServiceError;
	}
	throw new Error('expected a refusal');
}

async function asyncRefusal(promise: Promise<unknown>): Promise<ServiceError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ServiceError);
	return error as ServiceError;
}

const rows = (db: Db) => ({
	users: db.select().from(users).all().length,
	memberships: db.select().from(memberships).all().length,
	experts: db.select().from(expertAssignments).all().length,
	used: db
		.select()
		.from(invitations)
		.all()
		.filter((i) => i.usedAt).length,
	audit: db.select().from(auditLog).all().length
});

describe('creating invitations', () => {
	it('lets an admin invite; the link token finds the invitation, which stores only its hash', () => {
		const { db, admin, town, invite } = setup();
		const { invitation, token } = invite(admin, { role: 'expert' });
		expect(invitation.tokenHash).toBe(hashToken(token));
		expect(invitation.expiresAt.getTime()).toBe(T0.getTime() + 7 * DAY);
		const view = getInvitation(db, token, T0);
		expect(view).toEqual({ invitation, municipalityName: 'Koivuranta', hasAccount: false });
		expect(JSON.stringify(db.$client.prepare('select * from invitations').all())).not.toContain(token);
		const audit = db.select().from(auditLog).all();
		expect(audit).toEqual([
			expect.objectContaining({
				action: 'invite',
				actorUserId: admin.id,
				municipalityId: town.id,
				entityId: invitation.id
			})
		]);
	});

	it('lets a coordinator invite members and leaders to their own municipality', () => {
		const { coordinator, invite } = setup();
		expect(invite(coordinator, { role: 'member' }).invitation.role).toBe('member');
		expect(invite(coordinator, { role: 'leader', email: 'l@test.example' }).invitation.role).toBe('leader');
	});

	it('refuses a coordinator other roles or another municipality with 404, writing nothing', () => {
		const { db, coordinator, invite } = setup();
		const elsewhere = addMunicipality(db, { name: 'Stormvik' });
		for (const input of [
			{ role: 'expert' },
			{ role: 'coordinator' },
			{ role: 'admin' },
			{ role: 'member', municipalityId: elsewhere.id },
			{ role: 'member', municipalityId: 'no-such-id' }
		] as const) {
			const e = refusal(() => invite(coordinator, input));
			expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
		}
		expect(db.select().from(invitations).all()).toHaveLength(0);
		expect(db.select().from(auditLog).all()).toHaveLength(0);
	});

	it('refuses a member any invitation', () => {
		const { db, town, invite } = setup();
		const member = addUser(db);
		grant(db, member, town.id, 'member');
		expect(refusal(() => invite(member, { role: 'member' })).status).toBe(404);
		expect(refusal(() => invite(member, { role: 'leader' })).status).toBe(404);
	});
});

describe('accepting invitations', () => {
	it('creates a new account with a real password hash, the role, and marks the invitation used', async () => {
		const { db, admin, town, invite } = setup();
		const { invitation, token } = invite(admin, { role: 'leader' });
		const userId = await acceptInvitation(db, token, NEW, new Date(T0.getTime() + DAY));
		const user = db.select().from(users).where(eq(users.id, userId)).get()!;
		expect(user).toMatchObject({ email: 'nina@test.example', name: 'Nina New', isAdmin: false });
		expect(user.passwordHash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(user.passwordHash, NEW.password)).toBe(true);
		expect(await verifyPassword(user.passwordHash, 'something else')).toBe(false);
		expect(db.select().from(memberships).where(eq(memberships.userId, userId)).all()).toEqual([
			expect.objectContaining({ municipalityId: town.id, role: 'leader' })
		]);
		const stored = db.select().from(invitations).where(eq(invitations.id, invitation.id)).get()!;
		expect(stored.usedAt?.getTime()).toBe(T0.getTime() + DAY);
		const accept = db.select().from(auditLog).where(eq(auditLog.action, 'accept')).all();
		expect(accept).toEqual([expect.objectContaining({ actorUserId: userId, entityId: invitation.id })]);

		const again = await asyncRefusal(acceptInvitation(db, token, NEW, new Date(T0.getTime() + DAY)));
		expect(again.messageKey).toBe('error.invitation_used');
		expect(rows(db).users).toBe(3);
	});

	it('refuses an expired invitation and writes nothing', async () => {
		const { db, admin, invite } = setup();
		const { token } = invite(admin, {});
		const before = rows(db);
		const e = await asyncRefusal(acceptInvitation(db, token, NEW, new Date(T0.getTime() + 7 * DAY)));
		expect(e.messageKey).toBe('error.invitation_expired');
		expect(rows(db)).toEqual(before);
	});

	it('refuses an unknown token', async () => {
		const { db } = setup();
		const e = await asyncRefusal(acceptInvitation(db, 'not-a-token', NEW, T0));
		expect([e.status, e.messageKey]).toEqual([404, 'error.invitation_unknown']);
	});

	it('gives an existing account the new role when it confirms with its password', async () => {
		const { db, admin, town, invite } = setup();
		const nina = addUser(db, {
			email: 'nina@test.example',
			name: 'Nina',
			passwordHash: await hashPassword('old-password!')
		});
		const { token } = invite(admin, {});
		expect(getInvitation(db, token, T0).hasAccount).toBe(true);

		const wrong = await asyncRefusal(acceptInvitation(db, token, { kind: 'existing', password: 'nope' }, T0));
		expect([wrong.messageKey, wrong.field]).toEqual(['error.wrong_password', 'password']);
		const asNew = await asyncRefusal(acceptInvitation(db, token, NEW, T0));
		expect(asNew.messageKey).toBe('error.account_exists');
		expect(rows(db)).toMatchObject({ memberships: 1, used: 0 });

		expect(await acceptInvitation(db, token, { kind: 'existing', password: 'old-password!' }, T0)).toBe(
			nina.id
		);
		expect(rows(db)).toMatchObject({ users: 3, memberships: 2, used: 1 });
		expect(db.select().from(memberships).where(eq(memberships.userId, nina.id)).get()).toMatchObject({
			municipalityId: town.id,
			role: 'member'
		});
		expect(db.select().from(users).where(eq(users.id, nina.id)).get()!.name).toBe('Nina');
	});

	it('assigns an expert to the municipality', async () => {
		const { db, admin, town, invite } = setup();
		const userId = await acceptInvitation(db, invite(admin, { role: 'expert' }).token, NEW, T0);
		expect(db.select().from(expertAssignments).all()).toEqual([
			expect.objectContaining({ userId, municipalityId: town.id })
		]);
		expect(db.select().from(memberships).where(eq(memberships.userId, userId)).all()).toEqual([]);
	});

	it('makes the invitee an administrator for an admin invitation', async () => {
		const { db, admin, invite } = setup();
		const { invitation, token } = invite(admin, { role: 'admin', municipalityId: undefined });
		expect(invitation.municipalityId).toBeNull();
		expect(getInvitation(db, token, T0).municipalityName).toBeNull();
		const userId = await acceptInvitation(db, token, NEW, T0);
		expect(db.select().from(users).where(eq(users.id, userId)).get()!.isAdmin).toBe(true);
	});
});
