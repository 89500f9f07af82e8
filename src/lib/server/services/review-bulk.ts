import { eq } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { stageAllows } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { answerReviews } from '../db/schema';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { roundFor } from './round-access';

/**
 * Marks every answer of the area the expert has not assessed yet as OK, leaving flagged and already
 * assessed ones as they are. Returns how many were marked; audited as one entry.
 */
export function markRestOk(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	areaCode: string
): number {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'review');
	if (!stageAllows(round.status, 'assess')) throw new ServiceError(409, 'error.round_not_in_review');
	const area = questionnaire.areas.find((a) => a.code === areaCode && !a.composite);
	if (!area) throw new ServiceError(400, 'error.area_unknown');
	return db.transaction((tx) => {
		const assessed = new Set(
			tx
				.select({ code: answerReviews.questionCode })
				.from(answerReviews)
				.where(eq(answerReviews.roundId, roundId))
				.all()
				.map((r) => r.code)
		);
		const rest = area.questions.filter((q) => !assessed.has(q.code)).map((q) => q.code);
		if (rest.length === 0) return 0;
		const now = new Date();
		tx.insert(answerReviews)
			.values(
				rest.map((questionCode) => ({
					roundId,
					questionCode,
					flag: 'ok' as const,
					comment: '',
					reviewerId: user.id,
					updatedAt: now
				}))
			)
			.run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'flag_rest_ok',
			entity: 'answer_review',
			entityId: `${roundId}:${areaCode}`,
			newValue: { questionCodes: rest }
		});
		return rest.length;
	});
}
