// The admin's list of people: who they are, where they work, when they last signed in.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { sortRoles, type Role } from '../../domain/roles';
import type { UserSearch } from '../../domain/validation/people-forms';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { auditLog, expertAssignments, memberships, municipalities, users } from '../db/schema';
import { notFound } from './errors';

export interface PersonRole {
	municipalityId: string;
	municipality: string;
	archived: boolean;
	role: Exclude<Role, 'admin'>;
}

export interface Person {
	id: string;
	name: string;
	email: string;
	isAdmin: boolean;
	deactivatedAt: Date | null;
	createdAt: Date;
	lastSignInAt: Date | null;
	roles: PersonRole[];
}

/** More than a page should list; the search narrows it down. */
export const PEOPLE_LIMIT = 200;

/** Case and accents aside, so "jarvi" finds "Järvi". */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function rolesOf(db: Db, ids: string[]): Map<string, PersonRole[]> {
	const byUser = new Map<string, PersonRole[]>();
	if (ids.length === 0) return byUser;
	const place = { id: municipalities.id, name: municipalities.name, archivedAt: municipalities.archivedAt };
	const rows = [
		...db
			.select({ userId: memberships.userId, role: memberships.role, m: place })
			.from(memberships)
			.innerJoin(municipalities, eq(memberships.municipalityId, municipalities.id))
			.where(inArray(memberships.userId, ids))
			.all(),
		...db
			.select({ userId: expertAssignments.userId, role: sql<'expert'>`'expert'`, m: place })
			.from(expertAssignments)
			.innerJoin(municipalities, eq(expertAssignments.municipalityId, municipalities.id))
			.where(inArray(expertAssignments.userId, ids))
			.all()
	];
	for (const { userId, role, m } of rows) {
		const list = byUser.get(userId) ?? [];
		list.push({ municipalityId: m.id, municipality: m.name, archived: !!m.archivedAt, role });
		byUser.set(userId, list);
	}
	const order = sortRoles(['coordinator', 'expert', 'member', 'leader']);
	for (const list of byUser.values())
		list.sort(
			(a, b) => a.municipality.localeCompare(b.municipality) || order.indexOf(a.role) - order.indexOf(b.role)
		);
	return byUser;
}

/** The latest successful sign-in of each account, from the audit log. */
function lastSignIns(db: Db, ids: string[]): Map<string, Date> {
	if (ids.length === 0) return new Map();
	const rows = db
		.select({ id: auditLog.entityId, at: sql<number>`max(${auditLog.createdAt})` })
		.from(auditLog)
		.where(and(eq(auditLog.entity, 'user'), eq(auditLog.action, 'sign_in'), inArray(auditLog.entityId, ids)))
		.groupBy(auditLog.entityId)
		.all();
	return new Map(rows.map((r) => [r.id, new Date(Number(r.at))]));
}

function matches(person: Person, search: Partial<UserSearch>): boolean {
	if (search.q) {
		const q = fold(search.q);
		if (!fold(person.name).includes(q) && !person.email.includes(q)) return false;
	}
	if (!search.role) return true;
	if (search.role === 'admin') return person.isAdmin;
	if (search.role === 'deactivated') return !!person.deactivatedAt;
	return person.roles.some((r) => r.role === search.role);
}

/** People matching the search, by name, at most PEOPLE_LIMIT; total is how many matched. */
export function listPeople(
	db: Db,
	actor: SessionUser,
	search: Partial<UserSearch> = {}
): { people: Person[]; total: number } {
	if (!actor.isAdmin) throw notFound();
	const accounts = db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			isAdmin: users.isAdmin,
			deactivatedAt: users.deactivatedAt,
			createdAt: users.createdAt
		})
		.from(users)
		.orderBy(asc(users.name))
		.all();
	const ids = accounts.map((a) => a.id);
	const roles = rolesOf(db, ids);
	const found = accounts
		.map((a) => ({ ...a, lastSignInAt: null, roles: roles.get(a.id) ?? [] }) as Person)
		.filter((p) => matches(p, search));
	const people = found.slice(0, PEOPLE_LIMIT);
	const signIns = lastSignIns(
		db,
		people.map((p) => p.id)
	);
	for (const p of people) p.lastSignInAt = signIns.get(p.id) ?? null;
	return { people, total: found.length };
}

export function getPerson(db: Db, actor: SessionUser, userId: string): Person {
	if (!actor.isAdmin) throw notFound();
	const account = db.select().from(users).where(eq(users.id, userId)).get();
	if (!account) throw notFound();
	return {
		id: account.id,
		name: account.name,
		email: account.email,
		isAdmin: account.isAdmin,
		deactivatedAt: account.deactivatedAt,
		createdAt: account.createdAt,
		lastSignInAt: lastSignIns(db, [userId]).get(userId) ?? null,
		roles: rolesOf(db, [userId]).get(userId) ?? []
	};
}
