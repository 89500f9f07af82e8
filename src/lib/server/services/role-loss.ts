/**
 * What losing a role takes along, shared by the admin's role changes and the coordinator's working
 * group: area assignments the person may no longer hold, and, when no role is left anywhere, their
 * sessions. Answers, comments and history stay: they point at the user, who is never deleted here.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { isPublished } from '../../domain/round-status';
import { invalidateUserSessions } from '../auth';
import type { Db } from '../db/client';
import {
	areaAssignments,
	assessmentRounds,
	expertAssignments,
	memberships,
	sessions,
	users
} from '../db/schema';
import { noteSessionEndings } from '../session-endings';
import { invalidateUserCaches } from '../user-caches';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Only coordinators and members answer, so only they can be assigned areas (services/rounds.ts). */
const ASSIGNABLE = ['coordinator', 'member'] as const;

/**
 * Deletes the person's area assignments in the municipality's rounds that are not yet published, unless
 * they still hold a role that may be assigned there. Returns what was unassigned, for the audit row.
 * Published rounds keep theirs: they record who worked on the published result.
 */
export function dropUnheldAssignments(
	tx: Tx,
	userId: string,
	municipalityId: string
): Array<{ roundId: string; areaCode: string }> {
	const stillAssignable = tx
		.select({ role: memberships.role })
		.from(memberships)
		.where(
			and(
				eq(memberships.userId, userId),
				eq(memberships.municipalityId, municipalityId),
				inArray(memberships.role, [...ASSIGNABLE])
			)
		)
		.get();
	if (stillAssignable) return [];
	const open = tx
		.select({ id: assessmentRounds.id, status: assessmentRounds.status })
		.from(assessmentRounds)
		.where(eq(assessmentRounds.municipalityId, municipalityId))
		.all()
		.filter((r) => !isPublished(r.status))
		.map((r) => r.id);
	if (open.length === 0) return [];
	return tx
		.delete(areaAssignments)
		.where(and(eq(areaAssignments.userId, userId), inArray(areaAssignments.roundId, open)))
		.returning({ roundId: areaAssignments.roundId, areaCode: areaAssignments.areaCode })
		.all();
}

/** Whether the person still has anything to sign in for: a municipal role, an expert assignment or admin. */
export function hasAnyRole(tx: Pick<Db, 'select'>, userId: string): boolean {
	const member = tx
		.select({ id: memberships.userId })
		.from(memberships)
		.where(eq(memberships.userId, userId));
	const expert = tx
		.select({ id: expertAssignments.userId })
		.from(expertAssignments)
		.where(eq(expertAssignments.userId, userId));
	const admin = tx
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.id, userId), eq(users.isAdmin, true)));
	return !!(member.get() ?? expert.get() ?? admin.get());
}

/**
 * In the caller's transaction: when the person has no role left anywhere, notes why their sessions end
 * and deletes them. Returns whether it did, for settleAccess after the commit.
 */
export function endSessionsIfRoleless(tx: Tx, userId: string): boolean {
	if (hasAnyRole(tx, userId)) return false;
	noteSessionEndings(tx, userId, 'removed');
	tx.delete(sessions).where(eq(sessions.userId, userId)).run();
	return true;
}

/**
 * After the commit: the caches forget the person's roles at once, and their sessions too when they
 * ended, so the change counts from their next request.
 */
export function settleAccess(db: Db, userId: string, sessionsEnded: boolean): void {
	if (sessionsEnded) invalidateUserSessions(db, userId);
	else invalidateUserCaches(userId);
}
