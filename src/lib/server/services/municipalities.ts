import { asc, eq } from 'drizzle-orm';
import { sortRoles, type Role } from '../../domain/roles';
import type { MunicipalityInput } from '../../domain/validation/municipality-form';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { expertAssignments, memberships, municipalities, users, type Municipality } from '../db/schema';
import { newId } from '../ids';
import { requirePermission } from './access';
import { writeAudit } from './audit';
import { ServiceError } from './errors';

export interface MyMunicipality {
	municipality: Municipality;
	roles: Role[];
}

/** The municipalities where the user has a role, each with those roles. */
export function listMyMunicipalities(db: Db, user: SessionUser): MyMunicipality[] {
	const byId = new Map<string, MyMunicipality>();
	const add = (municipality: Municipality, role: Role) => {
		const entry = byId.get(municipality.id) ?? { municipality, roles: [] };
		entry.roles = sortRoles([...entry.roles, role]);
		byId.set(municipality.id, entry);
	};
	for (const row of db
		.select({ municipality: municipalities, role: memberships.role })
		.from(memberships)
		.innerJoin(municipalities, eq(memberships.municipalityId, municipalities.id))
		.where(eq(memberships.userId, user.id))
		.all()) {
		add(row.municipality, row.role);
	}
	for (const row of db
		.select({ municipality: municipalities })
		.from(expertAssignments)
		.innerJoin(municipalities, eq(expertAssignments.municipalityId, municipalities.id))
		.where(eq(expertAssignments.userId, user.id))
		.all()) {
		add(row.municipality, 'expert');
	}
	return [...byId.values()].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name));
}

export function listAllMunicipalities(db: Db, user: SessionUser): Municipality[] {
	if (!user.isAdmin) throw new ServiceError(404, 'error.not_found');
	return db.select().from(municipalities).orderBy(asc(municipalities.name)).all();
}

export interface WorkingGroupPerson {
	userId: string;
	name: string;
	/** Only for the municipality's coordinators and admins; absent for everyone else. */
	email?: string;
	roles: Role[];
}

export interface MunicipalityView {
	municipality: Municipality;
	roles: Role[];
	workingGroup: WorkingGroupPerson[];
}

export function getMunicipality(db: Db, user: SessionUser, municipalityId: string): MunicipalityView {
	const roles = requirePermission(db, user, municipalityId, 'view_municipality');
	const municipality = db.select().from(municipalities).where(eq(municipalities.id, municipalityId)).get()!;
	// Email addresses are contact details for those who run the group, not for leaders, members or experts.
	const showEmail = roles.includes('coordinator') || roles.includes('admin');
	const people = new Map<string, WorkingGroupPerson>();
	const add = ({ email, ...row }: { userId: string; name: string; email: string }, role: Role) => {
		const person = people.get(row.userId) ?? { ...row, ...(showEmail ? { email } : {}), roles: [] };
		person.roles = sortRoles([...person.roles, role]);
		people.set(row.userId, person);
	};
	const cols = { userId: users.id, name: users.name, email: users.email };
	for (const row of db
		.select({ ...cols, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(memberships.userId, users.id))
		.where(eq(memberships.municipalityId, municipalityId))
		.all())
		add(row, row.role);
	for (const row of db
		.select(cols)
		.from(expertAssignments)
		.innerJoin(users, eq(expertAssignments.userId, users.id))
		.where(eq(expertAssignments.municipalityId, municipalityId))
		.all())
		add(row, 'expert');
	const workingGroup = [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
	return { municipality, roles, workingGroup };
}

export function createMunicipality(
	db: Db,
	actor: SessionUser,
	input: MunicipalityInput,
	isDemo = false
): Municipality {
	if (!actor.isAdmin) throw new ServiceError(404, 'error.not_found');
	return db.transaction((tx) => {
		const row = tx
			.insert(municipalities)
			.values({ id: newId(), ...input, isDemo })
			.returning()
			.get();
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId: row.id,
			action: 'create',
			entity: 'municipality',
			entityId: row.id,
			newValue: input
		});
		return row;
	});
}
