import { describe, expect, it } from 'vitest';
import type { MunicipalityInput } from '../../src/lib/domain/validation/municipality-form';
import { auditLog, municipalities } from '../../src/lib/server/db/schema';
import { requirePermission, rolesIn } from '../../src/lib/server/services/access';
import { ServiceError } from '../../src/lib/server/services/errors';
import {
	createMunicipality,
	getMunicipality,
	listAllMunicipalities,
	listMyMunicipalities
} from '../../src/lib/server/services/municipalities';
import { addMunicipality, addUser, freshDb, grant } from '../helpers/db';

const INPUT: MunicipalityInput = {
	name: 'Uusikylä',
	officialCode: '999',
	country: 'FI',
	region: 'Uusimaa',
	population: 12_345,
	diversityShare: 6.5,
	diversityMeasure: 'foreign_born'
};

function setup() {
	const db = freshDb();
	const a = addMunicipality(db, { name: 'Alpha' });
	const b = addMunicipality(db, { name: 'Beta' });
	const anna = addUser(db, { name: 'Anna' });
	const bert = addUser(db, { name: 'Bert' });
	const cleo = addUser(db, { name: 'Cleo' });
	const admin = addUser(db, { name: 'Admin', isAdmin: true });
	grant(db, anna, a.id, 'member');
	grant(db, anna, a.id, 'expert');
	grant(db, anna, b.id, 'leader');
	grant(db, bert, a.id, 'coordinator');
	grant(db, cleo, b.id, 'member');
	return { db, a, b, anna, bert, cleo, admin };
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

describe('listMyMunicipalities', () => {
	it("lists each municipality once, by name, with all the user's roles there", () => {
		const { db, a, b, anna } = setup();
		const mine = listMyMunicipalities(db, anna);
		expect(mine.map((m) => [m.municipality.id, m.roles])).toEqual([
			[a.id, ['expert', 'member']],
			[b.id, ['leader']]
		]);
	});

	it('lists nothing for a user without roles, even an admin', () => {
		const { db, admin } = setup();
		expect(listMyMunicipalities(db, addUser(db))).toEqual([]);
		expect(listMyMunicipalities(db, admin)).toEqual([]);
	});
});

describe('getMunicipality', () => {
	it('shows the municipality and its whole working group with their roles', () => {
		const { db, a, anna, bert } = setup();
		const view = getMunicipality(db, bert, a.id);
		expect(view.municipality.name).toBe('Alpha');
		expect(view.roles).toEqual(['coordinator']);
		expect(view.workingGroup.map((p) => [p.name, p.roles])).toEqual([
			['Anna', ['expert', 'member']],
			['Bert', ['coordinator']]
		]);
		expect(view.workingGroup[0]).toMatchObject({ userId: anna.id, email: anna.email });
	});

	it('hides another municipality behind a 404, the same as a nonexistent one', () => {
		const { db, a, cleo } = setup();
		const other = refusal(() => getMunicipality(db, cleo, a.id));
		const missing = refusal(() => getMunicipality(db, cleo, 'no-such-id'));
		expect([other.status, other.messageKey]).toEqual([404, 'error.not_found']);
		expect([missing.status, missing.messageKey]).toEqual([404, 'error.not_found']);
	});

	it('lets an admin view any municipality', () => {
		const { db, b, admin } = setup();
		const view = getMunicipality(db, admin, b.id);
		expect(view.roles).toEqual(['admin']);
		expect(view.workingGroup.map((p) => p.name)).toEqual(['Anna', 'Cleo']);
		expect(refusal(() => getMunicipality(db, admin, 'no-such-id')).status).toBe(404);
	});
});

describe('requirePermission', () => {
	it('follows the role of the user in that municipality', () => {
		const { db, a, b, anna, bert, cleo, admin } = setup();
		const allowed = (user: typeof anna, id: string, p: Parameters<typeof requirePermission>[3]) => {
			try {
				requirePermission(db, user, id, p);
				return true;
			} catch (e) {
				expect((e as ServiceError).status).toBe(404);
				return false;
			}
		};
		expect(allowed(anna, a.id, 'answer')).toBe(true);
		expect(allowed(anna, a.id, 'review')).toBe(true);
		expect(allowed(anna, a.id, 'manage_working_group')).toBe(false);
		expect(allowed(anna, b.id, 'answer')).toBe(false);
		expect(allowed(anna, b.id, 'comment_strategy')).toBe(true);
		expect(allowed(bert, a.id, 'manage_working_group')).toBe(true);
		expect(allowed(bert, b.id, 'view_municipality')).toBe(false);
		expect(allowed(cleo, b.id, 'review')).toBe(false);
		expect(allowed(admin, b.id, 'manage_working_group')).toBe(true);
		expect(allowed(admin, b.id, 'answer')).toBe(false);
		expect(rolesIn(db, anna, a.id)).toEqual(['expert', 'member']);
	});
});

describe('creating municipalities', () => {
	it('refuses a non-admin with 404 and inserts nothing', () => {
		const { db, bert } = setup();
		const e = refusal(() => createMunicipality(db, bert, INPUT));
		expect(e.status).toBe(404);
		expect(db.select().from(municipalities).all()).toHaveLength(2);
		expect(db.select().from(auditLog).all()).toHaveLength(0);
		expect(refusal(() => listAllMunicipalities(db, bert)).status).toBe(404);
	});

	it('lets an admin create one, with an audit row', () => {
		const { db, admin } = setup();
		const row = createMunicipality(db, admin, INPUT);
		expect(row).toMatchObject({ ...INPUT, isDemo: false });
		expect(listAllMunicipalities(db, admin).map((m) => m.name)).toEqual(['Alpha', 'Beta', 'Uusikylä']);
		const audit = db.select().from(auditLog).all();
		expect(audit).toEqual([
			expect.objectContaining({
				action: 'create',
				entity: 'municipality',
				entityId: row.id,
				actorUserId: admin.id,
				municipalityId: row.id
			})
		]);
		expect(JSON.parse(audit[0]!.newValue!)).toEqual(INPUT);
		expect(getMunicipality(db, admin, row.id).workingGroup).toEqual([]);
	});
});
