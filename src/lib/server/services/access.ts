import { eq } from 'drizzle-orm';
import { can, sortRoles, type Permission, type Role } from '../../domain/roles';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { expertAssignments } from '../db/schema';
import { cacheKey, rolesCache } from '../user-caches';
import { notFound } from './errors';

interface Membership {
	exists: boolean;
	roles: Role[];
}

/**
 * Whether the municipality exists and the user's own roles there (admin aside), for a few seconds from
 * the cache: the autosave path asks this for every save. Role changes call invalidateUserCaches.
 */
function membershipIn(db: Db, userId: string, municipalityId: string, now = Date.now()): Membership {
	const key = cacheKey(db, userId, municipalityId);
	const cached = rolesCache.get(key, now);
	if (cached) return cached;
	const exists = !!prepared<[string]>(db, 'select 1 from municipalities where id = ?').get(municipalityId);
	const roles = exists
		? prepared<[string, string, string, string], Role>(
				db,
				`select role from memberships where user_id = ? and municipality_id = ?
				 union all select 'expert' from expert_assignments where user_id = ? and municipality_id = ?`
			)
				.pluck()
				.all(userId, municipalityId, userId, municipalityId)
		: [];
	const found = { exists, roles };
	rolesCache.set(key, userId, found, now);
	return found;
}

/** Every role the user holds in the municipality (admin counts everywhere). */
export function rolesIn(db: Db, user: SessionUser, municipalityId: string): Role[] {
	const { roles } = membershipIn(db, user.id, municipalityId);
	return sortRoles(user.isAdmin ? [...roles, 'admin'] : roles);
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
	const roles = membershipIn(db, user.id, municipalityId).exists ? rolesIn(db, user, municipalityId) : [];
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
