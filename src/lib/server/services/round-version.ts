import { and, eq, inArray } from 'drizzle-orm';
import { planCarryOver, type CarryOver } from '../../domain/questionnaire/carry-over';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { successorOf } from '../../domain/questionnaire/versions';
import { isEditable } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { answers, assessmentRounds } from '../db/schema';
import { readAnswers } from './answers';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { roundFor } from './round-access';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

/** The newer version an open round could move to, or null when it is on the latest or answering is closed. */
export function versionMoveFor(qs: Questionnaires, round: { questionnaireId: string; status: string }) {
	if (round.status !== 'draft') return null;
	const next = successorOf(qs, round.questionnaireId);
	return next
		? { id: next.framework.id, version: next.framework.version, title: next.framework.title }
		: null;
}

/**
 * Moves a round that is still being answered to the version that supersedes its questionnaire. Answers
 * carry over where mapping.yaml says so; one no longer asked is deleted, one no longer valid is cleared
 * (its justification and evidence stay). The coordinator decides; the move is audited with what it did.
 */
export function moveRoundToNextVersion(
	db: Db,
	qs: Questionnaires,
	user: SessionUser,
	roundId: string,
	now = new Date()
): CarryOver & { to: string; version: string } {
	const { round } = roundFor(db, qs, user, roundId, 'manage_working_group');
	if (!isEditable(round.status)) throw new ServiceError(409, 'error.round_not_draft');
	const target = successorOf(qs, round.questionnaireId);
	if (!target) throw new ServiceError(409, 'error.version_latest');
	return db.transaction((tx) => {
		const clash = tx
			.select({ id: assessmentRounds.id })
			.from(assessmentRounds)
			.where(
				and(
					eq(assessmentRounds.municipalityId, round.municipalityId),
					eq(assessmentRounds.questionnaireId, target.framework.id),
					eq(assessmentRounds.year, round.year)
				)
			)
			.get();
		if (clash) throw new ServiceError(409, 'error.round_exists', { year: round.year });
		const stored = readAnswers(tx, roundId);
		const plan = planCarryOver(target, new Map([...stored].map(([code, a]) => [code, a.value])));
		if (plan.removed.length > 0)
			tx.delete(answers)
				.where(and(eq(answers.roundId, roundId), inArray(answers.questionCode, plan.removed)))
				.run();
		for (const code of plan.cleared) {
			// A new version, so an autosave based on the old answer is refused rather than overwriting it.
			tx.update(answers)
				.set({ value: null, version: stored.get(code)!.version + 1, updatedBy: user.id, updatedAt: now })
				.where(and(eq(answers.roundId, roundId), eq(answers.questionCode, code)))
				.run();
		}
		tx.update(assessmentRounds)
			.set({ questionnaireId: target.framework.id, questionnaireVersion: target.framework.version })
			.where(eq(assessmentRounds.id, roundId))
			.run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'move_version',
			entity: 'round',
			entityId: roundId,
			oldValue: {
				questionnaire: round.questionnaireId,
				version: round.questionnaireVersion,
				removed: plan.removed.map((c) => ({ code: c, value: stored.get(c)!.value })),
				cleared: plan.cleared.map((c) => ({ code: c, value: stored.get(c)!.value }))
			},
			newValue: {
				questionnaire: target.framework.id,
				version: target.framework.version,
				carried: plan.carried.length
			}
		});
		return { ...plan, to: target.framework.id, version: target.framework.version };
	});
}
