// The admin grants and revokes roles per municipality (experts included) and moves coordinators.
import { and, eq } from 'drizzle-orm';
import type { RoleChange } from '../../domain/validation/people-forms';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { expertAssignments, memberships, municipalities, users } from '../db/schema';
import { writeAudit } from './audit';
import { notFound, ServiceError } from './errors';
import { dropUnheldAssignments, endSessionsIfRoleless, settleAccess } from './role-loss';

function checked(db: Db, actor: SessionUser, userId: string, municipalityId?: string) {
	if (!actor.isAdmin) throw notFound();
	const user = db
		.select({ id: users.id, isAdmin: users.isAdmin })
		.from(users)
		.where(eq(users.id, userId))
		.get();
	if (!user) throw notFound();
	if (!municipalityId) return { user, municipality: null };
	const municipality = db
		.select({ id: municipalities.id, name: municipalities.name, archivedAt: municipalities.archivedAt })
		.from(municipalities)
		.where(eq(municipalities.id, municipalityId))
		.get();
	if (!municipality) throw new ServiceError(404, 'error.not_found', undefined, 'municipalityId');
	return { user, municipality };
}

/** Admin is platform-wide: a municipality sent along with it is ignored. */
const placeOf = (change: RoleChange) => (change.role === 'admin' ? undefined : change.municipalityId);

const needMunicipality = () =>
	new ServiceError(400, 'error.municipality_required', undefined, 'municipalityId');

export function grantRole(db: Db, actor: SessionUser, change: RoleChange): void {
	const { user, municipality } = checked(db, actor, change.userId, placeOf(change));
	if (change.role !== 'admin' && !municipality) throw needMunicipality();
	if (municipality?.archivedAt) throw new ServiceError(409, 'error.municipality_archived');
	db.transaction((tx) => {
		let added: boolean;
		if (change.role === 'admin') {
			added = !user.isAdmin;
			tx.update(users).set({ isAdmin: true }).where(eq(users.id, user.id)).run();
		} else if (change.role === 'expert') {
			added =
				tx
					.insert(expertAssignments)
					.values({ userId: user.id, municipalityId: municipality!.id })
					.onConflictDoNothing()
					.run().changes > 0;
		} else {
			added =
				tx
					.insert(memberships)
					.values({ userId: user.id, municipalityId: municipality!.id, role: change.role })
					.onConflictDoNothing()
					.run().changes > 0;
		}
		if (!added) throw new ServiceError(409, 'error.role_already_held');
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId: municipality?.id ?? null,
			action: 'grant_role',
			entity: 'user',
			entityId: user.id,
			newValue: { role: change.role, municipality: municipality?.name ?? null }
		});
	});
	settleAccess(db, user.id, false);
}

/** Revoking the last role ends the person's sessions; an admin cannot take away their own admin flag. */
export function revokeRole(db: Db, actor: SessionUser, change: RoleChange): void {
	const { user, municipality } = checked(db, actor, change.userId, placeOf(change));
	if (change.role !== 'admin' && !municipality) throw needMunicipality();
	if (change.role === 'admin' && user.id === actor.id)
		throw new ServiceError(400, 'error.cannot_remove_own_admin');
	const ended = db.transaction((tx) => {
		let removed: boolean;
		let unassigned: Array<{ roundId: string; areaCode: string }> = [];
		if (change.role === 'admin') {
			removed = user.isAdmin;
			tx.update(users).set({ isAdmin: false }).where(eq(users.id, user.id)).run();
		} else if (change.role === 'expert') {
			removed =
				tx
					.delete(expertAssignments)
					.where(
						and(eq(expertAssignments.userId, user.id), eq(expertAssignments.municipalityId, municipality!.id))
					)
					.run().changes > 0;
		} else {
			removed =
				tx
					.delete(memberships)
					.where(
						and(
							eq(memberships.userId, user.id),
							eq(memberships.municipalityId, municipality!.id),
							eq(memberships.role, change.role)
						)
					)
					.run().changes > 0;
			unassigned = dropUnheldAssignments(tx, user.id, municipality!.id);
		}
		if (!removed) throw new ServiceError(409, 'error.role_not_held');
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId: municipality?.id ?? null,
			action: 'revoke_role',
			entity: 'user',
			entityId: user.id,
			oldValue: { role: change.role, municipality: municipality?.name ?? null, unassigned }
		});
		return endSessionsIfRoleless(tx, user.id);
	});
	settleAccess(db, user.id, ended);
}

/**
 * The coordinator now coordinates another municipality instead: one transaction, so they are never
 * without the role or with both. Audited in both municipalities, so each one's log shows it.
 */
export function moveCoordinator(
	db: Db,
	actor: SessionUser,
	input: { userId: string; fromMunicipalityId: string; toMunicipalityId: string }
): void {
	const { user, municipality: from } = checked(db, actor, input.userId, input.fromMunicipalityId);
	const { municipality: to } = checked(db, actor, input.userId, input.toMunicipalityId);
	if (!from || !to) throw needMunicipality();
	if (from.id === to.id)
		throw new ServiceError(400, 'error.same_municipality', undefined, 'toMunicipalityId');
	if (to.archivedAt)
		throw new ServiceError(409, 'error.municipality_archived', undefined, 'toMunicipalityId');
	db.transaction((tx) => {
		const left = tx
			.delete(memberships)
			.where(
				and(
					eq(memberships.userId, user.id),
					eq(memberships.municipalityId, from.id),
					eq(memberships.role, 'coordinator')
				)
			)
			.run().changes;
		if (left === 0) throw new ServiceError(409, 'error.role_not_held');
		const joined = tx
			.insert(memberships)
			.values({ userId: user.id, municipalityId: to.id, role: 'coordinator' })
			.onConflictDoNothing()
			.run().changes;
		if (joined === 0) throw new ServiceError(409, 'error.role_already_held', undefined, 'toMunicipalityId');
		const unassigned = dropUnheldAssignments(tx, user.id, from.id);
		for (const municipalityId of [from.id, to.id])
			writeAudit(tx, {
				actorUserId: actor.id,
				municipalityId,
				action: 'move_coordinator',
				entity: 'user',
				entityId: user.id,
				oldValue: { municipality: from.name, unassigned },
				newValue: { municipality: to.name }
			});
	});
	settleAccess(db, user.id, false);
}
