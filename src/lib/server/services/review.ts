import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { UndecidedChoice } from '../../domain/review/publish-check';
import { stageAllows } from '../../domain/round-permissions';
import { isUnderReview, transitionFor } from '../../domain/round-status';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import {
	answerReviews,
	assessmentRounds,
	expertAssignments,
	municipalities,
	recommendations,
	type ReviewFlag
} from '../db/schema';
import { readAnswers } from './answers';
import { scoreOf } from './round-scores';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { ensureRecommendations } from './recommendations';
import { roundFor } from './round-access';
import { transitionRound } from './round-status';
import { invalidatePeerSample } from './peer-cache';
import { scoreSummary } from './peer-sample';

type Questionnaires = ReadonlyMap<string, Questionnaire>;

/** The rounds of every municipality assigned to the expert, newest first; archived ones are left out. */
export function expertRounds(db: Db, user: SessionUser) {
	const ids = db
		.select({ id: expertAssignments.municipalityId })
		.from(expertAssignments)
		.where(eq(expertAssignments.userId, user.id))
		.all()
		.map((r) => r.id);
	if (ids.length === 0) return [];
	return db
		.select({ round: assessmentRounds, municipality: municipalities.name, isDemo: municipalities.isDemo })
		.from(assessmentRounds)
		.innerJoin(municipalities, eq(assessmentRounds.municipalityId, municipalities.id))
		.where(and(inArray(assessmentRounds.municipalityId, ids), isNull(municipalities.archivedAt)))
		.all()
		.sort((a, b) => b.round.year - a.round.year || a.municipality.localeCompare(b.municipality));
}

/** Opening a submitted round for review moves it to in_review and drafts the recommendations. */
export function startReview(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string
): void {
	const ctx = roundFor(db, questionnaires, user, roundId, 'review');
	const { round, questionnaire } = ctx;
	// Opening it again (a second tab, the back button) just continues the review.
	if (isUnderReview(round.status)) return;
	if (!transitionFor(round.status, 'start_review'))
		throw new ServiceError(409, 'error.round_not_submitted_for_review');
	db.transaction((tx) => {
		transitionRound(tx, user, ctx, 'start_review');
		ensureRecommendations(tx, questionnaire, roundId);
	});
}

export function flagAnswer(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	questionCode: string,
	flag: ReviewFlag,
	comment: string
): void {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'review');
	if (!stageAllows(round.status, 'assess')) throw new ServiceError(409, 'error.round_not_in_review');
	if (!questionnaire.areas.some((a) => a.questions.some((q) => q.code === questionCode)))
		throw new ServiceError(400, 'error.question_unknown');
	db.transaction((tx) => {
		const before = tx
			.select()
			.from(answerReviews)
			.where(and(eq(answerReviews.roundId, roundId), eq(answerReviews.questionCode, questionCode)))
			.get();
		const row = { roundId, questionCode, flag, comment, reviewerId: user.id, updatedAt: new Date() };
		tx.insert(answerReviews)
			.values(row)
			.onConflictDoUpdate({ target: [answerReviews.roundId, answerReviews.questionCode], set: row })
			.run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'flag',
			entity: 'answer_review',
			entityId: `${roundId}:${questionCode}`,
			oldValue: before ? { flag: before.flag, comment: before.comment } : undefined,
			newValue: { flag, comment }
		});
	});
}

export function listReviews(db: Pick<Db, 'select'>, roundId: string) {
	return db.select().from(answerReviews).where(eq(answerReviews.roundId, roundId)).all();
}

/** Sends the round back to the working group; the flags stay for the coordinator and members to see. */
export function returnRound(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	note = ''
): void {
	const ctx = roundFor(db, questionnaires, user, roundId, 'review');
	if (!transitionFor(ctx.round.status, 'return')) throw new ServiceError(409, 'error.round_not_in_review');
	const returnNote = note.trim() || null;
	db.transaction((tx) => {
		transitionRound(tx, user, ctx, 'return', { submittedAt: null, submittedBy: null, returnNote });
		if (returnNote)
			writeAudit(tx, {
				actorUserId: user.id,
				municipalityId: ctx.round.municipalityId,
				action: 'return_note',
				entity: 'round',
				entityId: roundId,
				newValue: returnNote
			});
	});
}

/**
 * Freezes the scores with the questionnaire version. Still-undecided recommendations are accepted, or
 * with 'leave_out' stay undecided, so neither the report nor the strategy includes them (audited).
 * The expert's page always passes the choice made on the publish step (services/publish.ts); the
 * default serves fixtures and the demo seed, which decide nothing.
 */
export function publishRound(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	/** What happens to recommendations the expert left undecided: always the expert's explicit choice. */
	undecided: UndecidedChoice
): void {
	const ctx = roundFor(db, questionnaires, user, roundId, 'review');
	const { questionnaire } = ctx;
	if (!transitionFor(ctx.round.status, 'publish')) throw new ServiceError(409, 'error.round_not_in_review');
	const scores = scoreOf(questionnaire, readAnswers(db, roundId));
	db.transaction((tx) => {
		transitionRound(tx, user, ctx, 'publish', {
			publishedAt: new Date(),
			publishedBy: user.id,
			frozenScores: JSON.stringify({
				questionnaireId: questionnaire.framework.id,
				version: questionnaire.framework.version,
				scores
			}),
			scoreSummary: JSON.stringify(scoreSummary(scores))
		});
		const open = and(eq(recommendations.roundId, roundId), eq(recommendations.status, 'proposed'));
		const ids = tx.select({ id: recommendations.id }).from(recommendations).where(open).all();
		if (undecided === 'accept')
			tx.update(recommendations).set({ status: 'accepted', updatedAt: new Date() }).where(open).run();
		if (ids.length > 0)
			writeAudit(tx, {
				actorUserId: user.id,
				municipalityId: ctx.round.municipalityId,
				action: undecided === 'accept' ? 'publish_accept_undecided' : 'publish_leave_out',
				// On the round: one entry for the publishing decision, listing the recommendations it covered.
				entity: 'round',
				entityId: roundId,
				newValue: { ids: ids.map((r) => r.id) }
			});
	});
	// Others' comparisons now include this round (or show it instead of the municipality's older one).
	invalidatePeerSample(db, questionnaire.framework.id);
}

/** The coordinator decides whether the published scores appear by name in others' peer comparisons. */
export function setVisibility(
	db: Db,
	questionnaires: Questionnaires,
	user: SessionUser,
	roundId: string,
	visibility: 'named' | 'anonymous'
): void {
	const { round } = roundFor(db, questionnaires, user, roundId, 'manage_working_group');
	db.transaction((tx) => {
		tx.update(assessmentRounds).set({ visibility }).where(eq(assessmentRounds.id, roundId)).run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'visibility',
			entity: 'round',
			entityId: roundId,
			oldValue: round.visibility,
			newValue: visibility
		});
	});
	// The name appears in, or disappears from, others' comparisons at once.
	invalidatePeerSample(db, round.questionnaireId);
}
