import { and, eq, inArray } from 'drizzle-orm';
import type { Locale } from '../../i18n/locales';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { areaAssignments, memberships, users, type AssessmentRound } from '../db/schema';
import type { MailContext } from '../mail/context';
import { queueAreaAssignedMails } from './area-mail';
import { writeAudit } from './audit';

/** Who may be given an area: the municipality's members and coordinators, once each, by name. */
export function assignablePeople(db: Db, municipalityId: string): Array<{ userId: string; name: string }> {
	const rows = db
		.select({ userId: users.id, name: users.name })
		.from(memberships)
		.innerJoin(users, eq(memberships.userId, users.id))
		.where(
			and(
				eq(memberships.municipalityId, municipalityId),
				inArray(memberships.role, ['member', 'coordinator'])
			)
		)
		.all();
	// A person may hold both roles, so the join can repeat them.
	return [...new Map(rows.map((r) => [r.userId, r])).values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Replaces one area's assignees inside the caller's transaction: one audit entry (old and new lists), and
 * with mail configured a message to each person newly given the area. Both the per-area form and the grid
 * store through here, so the audit log reads the same whichever was used.
 */
export function replaceAreaAssignees(
	tx: Pick<Db, 'select' | 'insert' | 'delete'>,
	user: SessionUser,
	round: Pick<AssessmentRound, 'id' | 'municipalityId' | 'year'>,
	area: { code: string; name: Record<Locale, string> },
	before: readonly string[],
	after: readonly string[],
	mail: MailContext | null
): void {
	const where = and(eq(areaAssignments.roundId, round.id), eq(areaAssignments.areaCode, area.code));
	tx.delete(areaAssignments).where(where).run();
	for (const userId of after)
		tx.insert(areaAssignments).values({ roundId: round.id, areaCode: area.code, userId }).run();
	writeAudit(tx, {
		actorUserId: user.id,
		municipalityId: round.municipalityId,
		action: 'assign',
		entity: 'area_assignment',
		entityId: `${round.id}:${area.code}`,
		oldValue: before,
		newValue: after
	});
	const added = after.filter((id) => !before.includes(id));
	if (mail) queueAreaAssignedMails(tx, { round, area, userIds: added, assigner: user }, mail);
}
