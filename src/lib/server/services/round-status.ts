import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { assessmentRounds, type AssessmentRound } from '../db/schema';
import { writeAudit } from './audit';
import { ServiceError } from './errors';

/**
 * Moves a round to another status only if nobody moved it meanwhile (compare-and-set on the status),
 * and audits the change. Call inside the transaction that does the rest of the work.
 */
export function transitionRound(
	db: Pick<Db, 'update' | 'insert'>,
	user: SessionUser,
	round: AssessmentRound,
	to: AssessmentRound['status'],
	extra: Partial<typeof assessmentRounds.$inferInsert> = {}
): void {
	const changed = db
		.update(assessmentRounds)
		.set({ status: to, ...extra })
		.where(and(eq(assessmentRounds.id, round.id), eq(assessmentRounds.status, round.status)))
		.run();
	if (changed.changes !== 1) throw new ServiceError(409, 'error.round_changed');
	writeAudit(db, {
		actorUserId: user.id,
		municipalityId: round.municipalityId,
		action: 'status',
		entity: 'round',
		entityId: round.id,
		oldValue: round.status,
		newValue: to
	});
}
