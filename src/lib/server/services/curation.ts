import { and, eq, inArray } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { stageAllows } from '../../domain/round-permissions';
import { isPublished } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { assessmentRounds, recommendations } from '../db/schema';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { roundFor } from './round-access';

export const BULK_ACTIONS = ['accept', 'reject', 'key', 'unkey'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** One bulk post never touches more than a round holds; the questionnaire has under 100 questions. */
export const BULK_MAX = 500;

/**
 * Decides many recommendations at once: accept, reject with one reason, or mark / unmark as key.
 * A key recommendation is always an accepted one, so marking accepts it and rejecting unmarks it.
 * Returns how many changed. Audited as one entry listing the ids.
 */
export function bulkDecide(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	input: { ids: string[]; action: BulkAction; reason?: string }
): number {
	const { round } = roundFor(db, questionnaires, user, roundId, 'review');
	if (!stageAllows(round.status, 'edit_recommendations') && !stageAllows(round.status, 'correct_results'))
		throw new ServiceError(409, 'error.round_not_in_review');
	if (input.ids.length === 0) throw new ServiceError(400, 'review.bulk.none_selected', undefined, 'ids');
	if (input.ids.length > BULK_MAX) throw new ServiceError(400, 'error.too_long', undefined, 'ids');
	const reason = input.reason?.trim() ?? '';
	if (input.action === 'reject' && !reason)
		throw new ServiceError(400, 'error.reject_reason_required', undefined, 'reason');
	const set =
		input.action === 'accept'
			? { status: 'accepted' as const, rejectReason: null }
			: input.action === 'reject'
				? { status: 'rejected' as const, rejectReason: reason, isKey: false }
				: input.action === 'key'
					? { status: 'accepted' as const, rejectReason: null, isKey: true }
					: { isKey: false };
	return db.transaction((tx) => {
		const where = and(eq(recommendations.roundId, roundId), inArray(recommendations.id, input.ids));
		const changed = tx
			.update(recommendations)
			.set({ ...set, updatedAt: new Date() })
			.where(where)
			.run().changes;
		if (isPublished(round.status))
			tx.update(assessmentRounds)
				.set({ revision: round.revision + 1 })
				.where(eq(assessmentRounds.id, round.id))
				.run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: `bulk_${input.action}`,
			entity: 'recommendation',
			entityId: roundId,
			newValue: { ids: input.ids, ...(input.action === 'reject' ? { reason } : {}) }
		});
		return changed;
	});
}
