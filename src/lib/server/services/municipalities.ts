import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { municipalityNameKey } from '../../domain/municipality-name';
import { sortRoles, type Role } from '../../domain/roles';
import type { MunicipalityInput } from '../../domain/validation/municipality-form';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { expertAssignments, memberships, municipalities, users, type Municipality } from '../db/schema';
import { newId } from '../ids';
import { requirePermission } from './access';
import { writeAudit } from './audit';
import { notFound, ServiceError } from './errors';
import { invalidatePeerSample } from './peer-cache';

export interface MyMunicipality {
	municipality: Municipality;
	roles: Role[];
}

/** The municipalities where the user has a role, each with those roles; archived ones are left out. */
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
		.where(and(eq(memberships.userId, user.id), isNull(municipalities.archivedAt)))
		.all()) {
		add(row.municipality, row.role);
	}
	for (const row of db
		.select({ municipality: municipalities })
		.from(expertAssignments)
		.innerJoin(municipalities, eq(expertAssignments.municipalityId, municipalities.id))
		.where(and(eq(expertAssignments.userId, user.id), isNull(municipalities.archivedAt)))
		.all()) {
		add(row.municipality, 'expert');
	}
	return [...byId.values()].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name));
}

/** Every municipality for the admin: the active ones, or with { archived: true } the archived ones. */
export function listAllMunicipalities(
	db: Db,
	user: SessionUser,
	options: { archived?: boolean } = {}
): Municipality[] {
	if (!user.isAdmin) throw new ServiceError(404, 'error.not_found');
	const archived = options.archived
		? isNotNull(municipalities.archivedAt)
		: isNull(municipalities.archivedAt);
	return db.select().from(municipalities).where(archived).orderBy(asc(municipalities.name)).all();
}

export interface WorkingGroupPerson {
	userId: string;
	name: string;
	/** Deactivated by an admin: still listed, since their work and roles are kept. */
	deactivated: boolean;
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
	type Row = { userId: string; name: string; email: string; deactivatedAt: Date | null };
	const add = ({ email, deactivatedAt, ...row }: Row, role: Role) => {
		const person = people.get(row.userId) ?? {
			...row,
			deactivated: !!deactivatedAt,
			...(showEmail ? { email } : {}),
			roles: []
		};
		person.roles = sortRoles([...person.roles, role]);
		people.set(row.userId, person);
	};
	const cols = { userId: users.id, name: users.name, email: users.email, deactivatedAt: users.deactivatedAt };
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

/**
 * Refuses a name that another municipality already has, compared without case or accents, unless the
 * admin confirmed; the refusal names the existing one so the admin can check it is not the same place.
 */
function checkDuplicateName(db: Db, name: string, exceptId: string | null, confirmed: boolean): void {
	if (confirmed) return;
	const key = municipalityNameKey(name);
	const clash = db
		.select({ id: municipalities.id, name: municipalities.name })
		.from(municipalities)
		.all()
		.find((m) => m.id !== exceptId && municipalityNameKey(m.name) === key);
	if (clash)
		throw new ServiceError(409, 'error.municipality_name_exists', { name: clash.name }, 'confirmDuplicate');
}

export function createMunicipality(
	db: Db,
	actor: SessionUser,
	input: MunicipalityInput,
	isDemo = false,
	options: { confirmDuplicate?: boolean } = {}
): Municipality {
	if (!actor.isAdmin) throw new ServiceError(404, 'error.not_found');
	checkDuplicateName(db, input.name, null, !!options.confirmDuplicate);
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

/** The admin edits a municipality's facts; rounds keep the facts they were opened with. */
export function updateMunicipality(
	db: Db,
	actor: SessionUser,
	municipalityId: string,
	input: MunicipalityInput,
	options: { confirmDuplicate?: boolean } = {}
): Municipality {
	if (!actor.isAdmin) throw notFound();
	const before = db.select().from(municipalities).where(eq(municipalities.id, municipalityId)).get();
	if (!before) throw notFound();
	if (municipalityNameKey(before.name) !== municipalityNameKey(input.name))
		checkDuplicateName(db, input.name, municipalityId, !!options.confirmDuplicate);
	const row = db.transaction((tx) => {
		const updated = tx
			.update(municipalities)
			.set(input)
			.where(eq(municipalities.id, municipalityId))
			.returning()
			.get();
		const { id: _id, createdAt: _c, isDemo: _d, archivedAt: _a, ...old } = before;
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId,
			action: 'update',
			entity: 'municipality',
			entityId: municipalityId,
			oldValue: old,
			newValue: input
		});
		return updated;
	});
	// Peer comparisons show the name and country of named peers.
	invalidatePeerSample(db);
	return row;
}

/**
 * Archiving hides the municipality from lists and dashboards; nothing is deleted, and its published
 * results stay in peer comparisons as history. Unarchiving brings it back as it was.
 */
export function setMunicipalityArchived(
	db: Db,
	actor: SessionUser,
	municipalityId: string,
	archived: boolean,
	now = new Date()
): Municipality {
	if (!actor.isAdmin) throw notFound();
	return db.transaction((tx) => {
		const row = tx
			.update(municipalities)
			.set({ archivedAt: archived ? now : null })
			.where(eq(municipalities.id, municipalityId))
			.returning()
			.get();
		if (!row) throw notFound();
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId,
			action: archived ? 'archive' : 'unarchive',
			entity: 'municipality',
			entityId: municipalityId
		});
		return row;
	});
}
