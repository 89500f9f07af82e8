import { and, eq } from 'drizzle-orm';
import { can, sortRoles, type Permission, type Role } from '../../domain/roles';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { expertAssignments, memberships, municipalities } from '../db/schema';
import { notFound } from './errors';

/** Every role the user holds in the municipality (admin counts everywhere). */
export function rolesIn(db: Db, user: SessionUser, municipalityId: string): Role[] {
	const roles: Role[] = db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.userId, user.id), eq(memberships.municipalityId, municipalityId)))
		.all()
		.map((r) => r.role);
	const expert = db
		.select({ userId: expertAssignments.userId })
		.from(expertAssignments)
		.where(and(eq(expertAssignments.userId, user.id), eq(expertAssignments.municipalityId, municipalityId)))
		.get();
	if (expert) roles.push('expert');
	if (user.isAdmin) roles.push('admin');
	return sortRoles(roles);
}

/**
 * The user's roles when they grant the permission. Otherwise 404, not 403, so that a
 * municipality's existence is not revealed to outsiders.
 */
export function requirePermission(
	db: Db,
	user: SessionUser,
	municipalityId: string,
	permission: Permission
): Role[] {
	const exists = db
		.select({ id: municipalities.id })
		.from(municipalities)
		.where(eq(municipalities.id, municipalityId))
		.get();
	const roles = exists ? rolesIn(db, user, municipalityId) : [];
	if (!can(roles, permission)) throw notFound();
	return roles;
}

/** Whether the user reviews any municipality, which decides if the review workspace is in the menu. */
export function isExpert(db: Db, userId: string): boolean {
	return !!db
		.select({ id: expertAssignments.userId })
		.from(expertAssignments)
		.where(eq(expertAssignments.userId, userId))
		.get();
}
