import { and, eq } from 'drizzle-orm';
import { canTransition, transitionFor, type TransitionAction } from '../../domain/round-status';
import type { Role } from '../../domain/roles';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { assessmentRounds, type AssessmentRound } from '../db/schema';
import { writeAudit } from './audit';
import { notFound, ServiceError } from './errors';

/**
 * Takes the action's step of the round-status model only if nobody moved the round meanwhile
 * (compare-and-set on the status), and audits the change. Call inside the transaction that does
 * the rest of the work. Callers refuse with their own message first; this is the last guard.
 */
export function transitionRound(
	db: Pick<Db, 'update' | 'insert'>,
	user: SessionUser,
	{ round, roles }: { round: AssessmentRound; roles: readonly Role[] },
	action: TransitionAction,
	extra: Partial<typeof assessmentRounds.$inferInsert> = {}
): void {
	const step = transitionFor(round.status, action);
	if (!step) throw new ServiceError(409, 'error.round_changed');
	// 404 like every other refusal by role, so the round is not revealed to those who may not act on it.
	if (!roles.some((role) => canTransition(step.from, step.to, role))) throw notFound();
	const changed = db
		.update(assessmentRounds)
		.set({ status: step.to, ...extra })
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
		newValue: step.to
	});
}
