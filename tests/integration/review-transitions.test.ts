import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import { saveAnswer } from '../../src/lib/server/services/answers';
import { listRecommendations, updateRecommendation } from '../../src/lib/server/services/recommendations';
import {
	flagAnswer,
	listReviews,
	publishRound,
	returnRound,
	startReview
} from '../../src/lib/server/services/review';
import { reopenRound, submitRound } from '../../src/lib/server/services/rounds';
import {
	ANSWERS,
	BELOW_FULL,
	answer,
	auditCount,
	recsByQuestion,
	reviewSetup,
	roundRow,
	statusChanges
} from './review-fixtures';
import { mini, questionnaires, refusal, save } from './round-fixtures';

describe('starting a review', () => {
	it('moves a submitted round to in_review and drafts one recommendation per question below full points', () => {
		const { db, expert, round } = reviewSetup('submitted');
		expect(listRecommendations(db, round.id)).toEqual([]);
		startReview(db, questionnaires, expert, round.id);
		expect(roundRow(db, round.id).status).toBe('in_review');
		const recs = listRecommendations(db, round.id);
		expect(recs.map((r) => r.questionCode).sort()).toEqual(BELOW_FULL);
		expect(recs.every((r) => r.status === 'proposed' && r.text === null)).toBe(true);
		expect(recs.map((r) => [r.questionCode, r.areaCode]).sort()).toEqual([
			['q1', 'a'],
			['q3', 'a'],
			['q6', 'a'],
			['q7', 'l1'],
			['q9', 'opt']
		]);
	});

	it('is a no-op when the round is already in review', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const recs = listRecommendations(db, round.id);
		const audits = auditCount(db);
		startReview(db, questionnaires, expert, round.id);
		expect(roundRow(db, round.id).status).toBe('in_review');
		expect(listRecommendations(db, round.id)).toEqual(recs);
		expect(auditCount(db)).toBe(audits);
	});
});

describe('returning a round', () => {
	it('sends it back to draft with the flags still visible, and it can go through review again', () => {
		const { db, coordinator, member, expert, round } = reviewSetup('in_review');
		flagAnswer(db, questionnaires, expert, round.id, 'q1', 'needs_evidence', 'Link the plan');
		flagAnswer(db, questionnaires, expert, round.id, 'q7', 'inconsistent', 'Contradicts q6');
		returnRound(db, questionnaires, expert, round.id);
		expect(roundRow(db, round.id)).toMatchObject({ status: 'draft', submittedAt: null, submittedBy: null });
		const flags = listReviews(db, round.id).map((r) => [r.questionCode, r.flag, r.comment]);
		expect(flags.sort()).toEqual([
			['q1', 'needs_evidence', 'Link the plan'],
			['q7', 'inconsistent', 'Contradicts q6']
		]);

		answer(db, member, round.id, { q1: { kind: 'option', option: 'full' } });
		submitRound(db, questionnaires, coordinator, round.id);
		expect(roundRow(db, round.id).status).toBe('submitted');
		startReview(db, questionnaires, expert, round.id);
		expect(roundRow(db, round.id).status).toBe('in_review');
		expect(listReviews(db, round.id)).toHaveLength(2);
	});
});

describe('publishing', () => {
	it('freezes the scores with the questionnaire version and accepts what was not rejected', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const recs = recsByQuestion(db, round.id);
		updateRecommendation(db, questionnaires, expert, round.id, recs.q9!.id, {
			status: 'rejected',
			rejectReason: 'Optional area out of scope'
		});
		publishRound(db, questionnaires, expert, round.id, 'accept');

		const published = roundRow(db, round.id);
		expect(published).toMatchObject({ status: 'published', publishedBy: expert.id });
		expect(published.publishedAt).toBeInstanceOf(Date);
		const frozen = JSON.parse(published.frozenScores!);
		const values = new Map<string, AnswerValue>(Object.entries(ANSWERS));
		expect(frozen).toEqual({ questionnaireId: 'mini', version: '0.1', scores: scoreAnswers(mini, values) });
		expect(frozen.scores.overall).toBe(51.7);
		expect(frozen.scores.areas.a.score).toBe(40);
		expect(frozen.scores.areas.lens.score).toBe(75);

		const after = recsByQuestion(db, round.id);
		expect(Object.fromEntries(Object.entries(after).map(([q, r]) => [q, r.status]))).toEqual({
			q1: 'accepted',
			q3: 'accepted',
			q6: 'accepted',
			q7: 'accepted',
			q9: 'rejected'
		});
		expect(after.q9!.rejectReason).toBe('Optional area out of scope');
	});
});

describe('status audit', () => {
	it('records every transition with who made it, from and to', () => {
		const { db, coordinator, expert, round } = reviewSetup('in_review');
		returnRound(db, questionnaires, expert, round.id);
		submitRound(db, questionnaires, coordinator, round.id);
		startReview(db, questionnaires, expert, round.id);
		publishRound(db, questionnaires, expert, round.id, 'accept');
		expect(statusChanges(db, round.id)).toEqual([
			[coordinator.id, 'draft', 'submitted'],
			[expert.id, 'submitted', 'in_review'],
			[expert.id, 'in_review', 'draft'],
			[coordinator.id, 'draft', 'submitted'],
			[expert.id, 'submitted', 'in_review'],
			[expert.id, 'in_review', 'published']
		]);
	});
});

describe('refused transitions', () => {
	it('will not start reviewing a draft round', () => {
		const { db, expert, round } = reviewSetup('draft');
		const e = refusal(() => startReview(db, questionnaires, expert, round.id));
		expect([e.status, e.messageKey]).toEqual([409, 'error.round_not_submitted_for_review']);
		expect(roundRow(db, round.id).status).toBe('draft');
		expect(listRecommendations(db, round.id)).toEqual([]);
	});

	it('will not return, publish or flag a round that is not in review', () => {
		for (const stage of ['draft', 'submitted', 'published'] as const) {
			const { db, expert, round } = reviewSetup(stage);
			const audits = auditCount(db);
			for (const act of [
				() => returnRound(db, questionnaires, expert, round.id),
				() => publishRound(db, questionnaires, expert, round.id, 'accept'),
				() => flagAnswer(db, questionnaires, expert, round.id, 'q1', 'ok', '')
			]) {
				const e = refusal(act);
				expect([stage, e.status, e.messageKey]).toEqual([stage, 409, 'error.round_not_in_review']);
			}
			expect(roundRow(db, round.id).status).toBe(stage);
			expect(listReviews(db, round.id)).toEqual([]);
			expect(auditCount(db)).toBe(audits);
		}
	});

	it('does not let the coordinator take back a round the expert is reviewing', () => {
		const { db, coordinator, round } = reviewSetup('in_review');
		const e = refusal(() => reopenRound(db, questionnaires, coordinator, round.id));
		expect([e.status, e.messageKey]).toEqual([409, 'error.round_not_submitted']);
		expect(roundRow(db, round.id).status).toBe('in_review');
	});

	it('locks answers while in review and after publishing', () => {
		for (const stage of ['in_review', 'published'] as const) {
			const { db, member, round } = reviewSetup(stage);
			const e = refusal(() =>
				saveAnswer(db, questionnaires, member, round.id, 'q1', save({ kind: 'option', option: 'full' }, 1))
			);
			expect([stage, e.status, e.messageKey]).toEqual([stage, 409, 'error.round_locked']);
		}
	});
});
