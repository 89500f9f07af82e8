import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, generateToken, validateSessionToken } from '../../src/lib/server/auth';
import { auditLog } from '../../src/lib/server/db/schema';
import { rolesIn } from '../../src/lib/server/services/access';
import { getPerson, listPeople } from '../../src/lib/server/services/people';
import { grantRole, moveCoordinator, revokeRole } from '../../src/lib/server/services/role-admin';
import { listAssignments, assignArea } from '../../src/lib/server/services/rounds';
import { setMunicipalityArchived } from '../../src/lib/server/services/municipalities';
import { expertRounds } from '../../src/lib/server/services/review';
import { addUser } from '../helpers/db';
import { otherTown, questionnaires, refusal, roundSetup } from './round-fixtures';

const LIFETIME = { idleMs: 3_600_000, absoluteMs: 12 * 3_600_000 };

function setup() {
	const s = roundSetup();
	const admin = addUser(s.db, { name: 'Ada Admin', isAdmin: true });
	const stormvik = otherTown(s.db);
	const audit = (action: string) =>
		s.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, action))
			.all()
			.map((r) => ({
				municipalityId: r.municipalityId,
				entityId: r.entityId,
				old: r.oldValue && JSON.parse(r.oldValue),
				new: r.newValue && JSON.parse(r.newValue)
			}));
	return { ...s, admin, stormvik, audit };
}

describe('the admin changes roles', () => {
	it('grants and revokes a municipal role, and both are audited and count at once', () => {
		const { db, admin, member, stormvik, audit } = setup();
		grantRole(db, admin, { userId: member.id, role: 'leader', municipalityId: stormvik.townId });
		expect(rolesIn(db, member, stormvik.townId)).toEqual(['leader']);
		revokeRole(db, admin, { userId: member.id, role: 'leader', municipalityId: stormvik.townId });
		expect(rolesIn(db, member, stormvik.townId)).toEqual([]);
		expect(audit('grant_role')).toEqual([
			{
				municipalityId: stormvik.townId,
				entityId: member.id,
				old: null,
				new: { role: 'leader', municipality: 'Stormvik' }
			}
		]);
		expect(audit('revoke_role')).toEqual([
			{
				municipalityId: stormvik.townId,
				entityId: member.id,
				old: { role: 'leader', municipality: 'Stormvik', unassigned: [] },
				new: null
			}
		]);
		const again = refusal(() =>
			revokeRole(db, admin, { userId: member.id, role: 'leader', municipalityId: stormvik.townId })
		);
		expect(again.messageKey).toBe('error.role_not_held');
	});

	it('assigns and unassigns an expert per municipality; the review workspace follows', () => {
		const { db, admin, expert, stormvik, town } = setup();
		grantRole(db, admin, { userId: expert.id, role: 'expert', municipalityId: stormvik.townId });
		expect(new Set(expertRounds(db, expert).map((r) => r.municipality))).toEqual(
			new Set(['Koivuranta', 'Stormvik'])
		);
		expect(getPerson(db, admin, expert.id).roles.map((r) => [r.municipality, r.role])).toEqual([
			['Koivuranta', 'expert'],
			['Stormvik', 'expert']
		]);
		revokeRole(db, admin, { userId: expert.id, role: 'expert', municipalityId: town.id });
		expect(expertRounds(db, expert).map((r) => r.municipality)).toEqual(['Stormvik']);
	});

	it('ends the sessions of someone whose last role was revoked', () => {
		const { db, admin, leader, town } = setup();
		const token = generateToken();
		createSession(db, token, leader.id, LIFETIME);
		revokeRole(db, admin, { userId: leader.id, role: 'leader', municipalityId: town.id });
		expect(validateSessionToken(db, token, LIFETIME).user).toBeNull();
	});

	it('gives and takes the admin flag, but never an admin their own', () => {
		const { db, admin, coordinator } = setup();
		grantRole(db, admin, { userId: coordinator.id, role: 'admin' });
		expect(listPeople(db, admin, { role: 'admin' }).people.map((p) => p.name)).toEqual([
			'Ada Admin',
			'Kaisa Coordinator'
		]);
		const own = refusal(() => revokeRole(db, admin, { userId: admin.id, role: 'admin' }));
		expect([own.status, own.messageKey]).toEqual([400, 'error.cannot_remove_own_admin']);
		revokeRole(db, { ...coordinator, isAdmin: true }, { userId: admin.id, role: 'admin' });
		expect(getPerson(db, { ...coordinator, isAdmin: true }, admin.id).isAdmin).toBe(false);
	});

	it('refuses everyone but admins, and roles in an archived municipality', () => {
		const { db, admin, coordinator, member, stormvik } = setup();
		const change = { userId: member.id, role: 'member' as const, municipalityId: stormvik.townId };
		expect(refusal(() => grantRole(db, coordinator, change)).status).toBe(404);
		setMunicipalityArchived(db, admin, stormvik.townId, true);
		expect(refusal(() => grantRole(db, admin, change)).messageKey).toBe('error.municipality_archived');
	});
});

describe('the admin moves a coordinator', () => {
	it('to another municipality in one step, unassigning their areas, audited in both', () => {
		const { db, admin, coordinator, round, town, stormvik, audit } = setup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [coordinator.id]);
		moveCoordinator(db, admin, {
			userId: coordinator.id,
			fromMunicipalityId: town.id,
			toMunicipalityId: stormvik.townId
		});
		expect(rolesIn(db, coordinator, town.id)).toEqual([]);
		expect(rolesIn(db, coordinator, stormvik.townId)).toEqual(['coordinator']);
		expect(listAssignments(db, round.id)).toEqual([]);
		const rows = audit('move_coordinator');
		expect(rows.map((r) => r.municipalityId)).toEqual([town.id, stormvik.townId]);
		expect(rows[0]).toMatchObject({
			entityId: coordinator.id,
			old: { municipality: 'Koivuranta', unassigned: [{ roundId: round.id, areaCode: 'a' }] },
			new: { municipality: 'Stormvik' }
		});
	});

	it('refuses a move of someone who is not coordinator there, or to the same place', () => {
		const { db, admin, member, coordinator, town, stormvik } = setup();
		const notThere = refusal(() =>
			moveCoordinator(db, admin, {
				userId: member.id,
				fromMunicipalityId: town.id,
				toMunicipalityId: stormvik.townId
			})
		);
		expect(notThere.messageKey).toBe('error.role_not_held');
		const same = refusal(() =>
			moveCoordinator(db, admin, {
				userId: coordinator.id,
				fromMunicipalityId: town.id,
				toMunicipalityId: town.id
			})
		);
		expect([same.messageKey, same.field]).toEqual(['error.same_municipality', 'toMunicipalityId']);
		expect(rolesIn(db, coordinator, town.id)).toEqual(['coordinator']);
	});
});

describe('the list of people', () => {
	it('searches names and addresses without case or accents, and shows the last sign-in', () => {
		const { db, admin, member } = setup();
		addUser(db, { name: 'Jörö Järvinen', email: 'joro@test.example' });
		expect(listPeople(db, admin, { q: 'JARVI' }).people.map((p) => p.name)).toEqual(['Jörö Järvinen']);
		expect(listPeople(db, admin, { q: 'joro@' }).total).toBe(1);
		expect(listPeople(db, admin, { role: 'leader' }).people.map((p) => p.name)).toEqual(['Lauri Leader']);
		db.insert(auditLog)
			.values({ actorUserId: member.id, action: 'sign_in', entity: 'user', entityId: member.id })
			.run();
		const row = listPeople(db, admin, { q: 'Mikko' }).people[0]!;
		expect(row.lastSignInAt).toBeInstanceOf(Date);
		expect(row.roles.map((r) => [r.municipality, r.role])).toEqual([['Koivuranta', 'member']]);
		expect(listPeople(db, admin, { q: 'Sara' }).people[0]!.lastSignInAt).toBeNull();
		expect(refusal(() => listPeople(db, member)).status).toBe(404);
	});
});
