import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answers, auditLog } from '../../src/lib/server/db/schema';
import { recommendationsPage } from '../../src/lib/server/services/recommendations-page';
import { listRecommendations, updateRecommendation } from '../../src/lib/server/services/recommendations';
import { roundReport } from '../../src/lib/server/services/report';
import {
	expertRounds,
	flagAnswer,
	listReviews,
	publishRound,
	returnRound,
	setVisibility,
	startReview
} from '../../src/lib/server/services/review';
import { reviewPage } from '../../src/lib/server/services/review-page';
import { addUser, grant } from '../helpers/db';
import { auditCount, recsByQuestion, reviewSetup, roundRow } from './review-fixtures';
import { otherTown, questionnaires, refusal } from './round-fixtures';

describe('an expert not assigned to the municipality', () => {
	it('gets 404 for every review action and page, and changes nothing', () => {
		const { db, expert, round } = reviewSetup('submitted');
		const stranger = addUser(db, { name: 'Stina Stranger' });
		grant(db, stranger, otherTown(db).townId, 'expert');
		expect(refusal(() => startReview(db, questionnaires, stranger, round.id)).status).toBe(404);
		expect(roundRow(db, round.id).status).toBe('submitted');

		startReview(db, questionnaires, expert, round.id);
		const recs = listRecommendations(db, round.id);
		const audits = auditCount(db);
		const attempts = {
			flagAnswer: () => flagAnswer(db, questionnaires, stranger, round.id, 'q1', 'inconsistent', 'x'),
			returnRound: () => returnRound(db, questionnaires, stranger, round.id),
			publishRound: () => publishRound(db, questionnaires, stranger, round.id, 'accept'),
			updateRecommendation: () =>
				updateRecommendation(db, questionnaires, stranger, round.id, recs[0]!.id, { texts: { en: 'Mine' } }),
			reviewPage: () => reviewPage(db, questionnaires, stranger, round.id, null),
			recommendationsPage: () => recommendationsPage(db, questionnaires, stranger, round.id, 'en'),
			roundReport: () => roundReport(db, questionnaires, stranger, round.id, 'en')
		};
		for (const [name, attempt] of Object.entries(attempts))
			expect([name, refusal(attempt).status]).toEqual([name, 404]);
		expect(roundRow(db, round.id).status).toBe('in_review');
		expect(listRecommendations(db, round.id)).toEqual(recs);
		expect(listReviews(db, round.id)).toEqual([]);
		expect(auditCount(db)).toBe(audits);
	});
});

describe('the working group', () => {
	it('cannot start the review or publish: 404 for member, coordinator and leader', () => {
		const { db, coordinator, member, leader, expert, round } = reviewSetup('submitted');
		for (const who of [member, coordinator, leader])
			expect(refusal(() => startReview(db, questionnaires, who, round.id)).status).toBe(404);
		expect(roundRow(db, round.id).status).toBe('submitted');
		startReview(db, questionnaires, expert, round.id);
		for (const who of [member, coordinator, leader])
			expect(refusal(() => publishRound(db, questionnaires, who, round.id, 'accept')).status).toBe(404);
		expect(roundRow(db, round.id)).toMatchObject({ status: 'in_review', frozenScores: null });
	});
});

describe('the leader', () => {
	const hidden = ['error.report_not_published', 'error.not_found'];

	it('sees neither recommendations nor report before publishing', () => {
		for (const stage of ['draft', 'submitted', 'in_review'] as const) {
			const { db, leader, round } = reviewSetup(stage);
			for (const page of [recommendationsPage, roundReport]) {
				const e = refusal(() => page(db, questionnaires, leader, round.id, 'en'));
				expect([stage, e.status]).toEqual([stage, 404]);
				expect(hidden).toContain(e.messageKey);
			}
		}
	});

	it('reads both once published, with only the accepted recommendations and the frozen scores', () => {
		const { db, leader, expert, round } = reviewSetup('in_review');
		const recs = recsByQuestion(db, round.id);
		updateRecommendation(db, questionnaires, expert, round.id, recs.q3!.id, {
			status: 'rejected',
			rejectReason: 'Already planned'
		});
		const preview = roundReport(db, questionnaires, expert, round.id, 'en');
		expect(preview.preview).toBe(true);
		expect(preview.recommendations.map((r) => r.id)).not.toContain(recs.q3!.id);
		publishRound(db, questionnaires, expert, round.id, 'accept');

		const accepted = [recs.q1!, recs.q6!, recs.q7!, recs.q9!].map((r) => r.id).sort();
		const page = recommendationsPage(db, questionnaires, leader, round.id, 'en');
		expect(page.canEdit).toBe(false);
		expect(page.recommendations.map((r) => r.id).sort()).toEqual(accepted);
		expect(page.recommendations.every((r) => r.status === 'accepted')).toBe(true);

		// An answer row changed behind the app's back must not move the published index.
		db.update(answers)
			.set({ value: JSON.stringify({ kind: 'option', option: 'full' }) })
			.where(and(eq(answers.roundId, round.id), eq(answers.questionCode, 'q1')))
			.run();
		const report = roundReport(db, questionnaires, leader, round.id, 'en');
		expect(report.preview).toBe(false);
		expect(report.recommendations.map((r) => r.id).sort()).toEqual(accepted);
		expect(report.scores.overall).toBe(51.7);
		expect(report.scores.areas.a!.score).toBe(40);
	});
});

describe('expert workspace', () => {
	it('lists only the rounds of municipalities the expert is assigned to', () => {
		const { db, expert, round } = reviewSetup('submitted');
		const other = otherTown(db);
		expect(expertRounds(db, expert).map((r) => r.round.id)).toEqual([round.id]);
		expect(expertRounds(db, expert)[0]!.municipality).toBe('Koivuranta');
		expect(expertRounds(db, other.coordinator)).toEqual([]);
		grant(db, expert, other.townId, 'expert');
		expect(expertRounds(db, expert).map((r) => r.municipality)).toEqual(['Koivuranta', 'Stormvik']);
	});
});

describe('visibility in peer comparisons', () => {
	it('is set by the coordinator with an audit row, and refused with 404 for a member or the expert', () => {
		const { db, coordinator, member, expert, round } = reviewSetup('published');
		for (const who of [member, expert]) {
			const e = refusal(() => setVisibility(db, questionnaires, who, round.id, 'named'));
			expect(e.status).toBe(404);
		}
		expect(roundRow(db, round.id).visibility).toBe('anonymous');
		expect(db.select().from(auditLog).where(eq(auditLog.action, 'visibility')).all()).toEqual([]);

		setVisibility(db, questionnaires, coordinator, round.id, 'named');
		expect(roundRow(db, round.id).visibility).toBe('named');
		const rows = db.select().from(auditLog).where(eq(auditLog.action, 'visibility')).all();
		expect(rows).toEqual([
			expect.objectContaining({
				actorUserId: coordinator.id,
				entity: 'round',
				entityId: round.id,
				municipalityId: round.municipalityId,
				oldValue: '"anonymous"',
				newValue: '"named"'
			})
		]);
	});
});
