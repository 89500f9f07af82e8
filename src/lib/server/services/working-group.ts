// The coordinator's side of people moving on: who works on what, removing someone, member ⇄ leader.
import { and, eq, inArray } from 'drizzle-orm';
import type { LocalizedText, Questionnaire } from '../../domain/questionnaire/schema';
import { isPublished } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { areaAssignments, assessmentRounds, memberships, users, type MunicipalityRole } from '../db/schema';
import { requirePermission } from './access';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { dropUnheldAssignments, endSessionsIfRoleless, settleAccess } from './role-loss';

export interface AssignedArea {
	roundId: string;
	year: number;
	areaCode: string;
	name: LocalizedText | null;
}

/** Each person's assigned areas in the municipality's rounds that are not yet published, by user id. */
export function openAssignments(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	municipalityId: string
): Record<string, AssignedArea[]> {
	requirePermission(db, user, municipalityId, 'view_municipality');
	const rounds = db
		.select()
		.from(assessmentRounds)
		.where(eq(assessmentRounds.municipalityId, municipalityId))
		.all()
		.filter((r) => !isPublished(r.status));
	if (rounds.length === 0) return {};
	const byId = new Map(rounds.map((r) => [r.id, r]));
	const rows = db
		.select()
		.from(areaAssignments)
		.where(inArray(areaAssignments.roundId, [...byId.keys()]))
		.all();
	const result: Record<string, AssignedArea[]> = {};
	for (const row of rows) {
		const round = byId.get(row.roundId)!;
		const area = questionnaires.get(round.questionnaireId)?.areas.find((a) => a.code === row.areaCode);
		(result[row.userId] ??= []).push({
			roundId: round.id,
			year: round.year,
			areaCode: row.areaCode,
			name: area?.name ?? null
		});
	}
	for (const list of Object.values(result)) list.sort((a, b) => b.year - a.year);
	return result;
}

const nameOf = (db: Db, userId: string) =>
	db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? '';

function groupRoles(db: Pick<Db, 'select'>, userId: string, municipalityId: string): MunicipalityRole[] {
	return db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.municipalityId, municipalityId)))
		.all()
		.map((r) => r.role);
}

/**
 * Takes the person out of the municipality's working group. Their answers, comments and history stay,
 * under their name; their areas in unpublished rounds become unassigned. Their sessions end when they
 * have no role left anywhere, so their next request is refused; otherwise only the caches forget.
 * Returns the person's name, for the confirmation.
 */
export function removeFromMunicipality(
	db: Db,
	actor: SessionUser,
	municipalityId: string,
	userId: string
): string {
	requirePermission(db, actor, municipalityId, 'manage_working_group');
	if (userId === actor.id) throw new ServiceError(400, 'error.cannot_remove_self');
	const name = nameOf(db, userId);
	const ended = db.transaction((tx) => {
		const roles = groupRoles(tx, userId, municipalityId);
		if (roles.length === 0) throw new ServiceError(404, 'error.not_in_group');
		if (roles.includes('coordinator')) {
			const coordinators = tx
				.select({ id: memberships.userId })
				.from(memberships)
				.where(and(eq(memberships.municipalityId, municipalityId), eq(memberships.role, 'coordinator')))
				.all().length;
			if (coordinators <= 1) throw new ServiceError(409, 'error.last_coordinator');
		}
		tx.delete(memberships)
			.where(and(eq(memberships.userId, userId), eq(memberships.municipalityId, municipalityId)))
			.run();
		const unassigned = dropUnheldAssignments(tx, userId, municipalityId);
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId,
			action: 'remove_from_group',
			entity: 'user',
			entityId: userId,
			oldValue: { name, roles, unassigned }
		});
		return endSessionsIfRoleless(tx, userId);
	});
	settleAccess(db, userId, ended);
	return name;
}

/** A member becomes a leader (who reads and comments but does not answer), or a leader a member; returns the name. */
export function setGroupRole(
	db: Db,
	actor: SessionUser,
	municipalityId: string,
	userId: string,
	role: 'member' | 'leader'
): string {
	requirePermission(db, actor, municipalityId, 'manage_working_group');
	const other = role === 'member' ? 'leader' : 'member';
	db.transaction((tx) => {
		const before = groupRoles(tx, userId, municipalityId);
		if (!before.includes(other)) {
			throw before.includes(role)
				? new ServiceError(409, 'error.role_already_held')
				: new ServiceError(404, 'error.not_in_group');
		}
		tx.delete(memberships)
			.where(
				and(
					eq(memberships.userId, userId),
					eq(memberships.municipalityId, municipalityId),
					eq(memberships.role, other)
				)
			)
			.run();
		tx.insert(memberships).values({ userId, municipalityId, role }).onConflictDoNothing().run();
		// A new leader no longer answers, so their areas go back to the coordinator to hand out.
		const unassigned = dropUnheldAssignments(tx, userId, municipalityId);
		writeAudit(tx, {
			actorUserId: actor.id,
			municipalityId,
			action: 'change_role',
			entity: 'user',
			entityId: userId,
			oldValue: { roles: before, unassigned },
			newValue: { roles: groupRoles(tx, userId, municipalityId) }
		});
	});
	settleAccess(db, userId, false);
	return nameOf(db, userId);
}
