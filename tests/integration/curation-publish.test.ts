import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assessmentRounds, auditLog, recommendations } from '../../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/demo/seed';
import { bulkDecide } from '../../src/lib/server/services/curation';
import { publishReviewed } from '../../src/lib/server/services/publish';
import { listRecommendations } from '../../src/lib/server/services/recommendations';
import { roundReport } from '../../src/lib/server/services/report';
import { flagAnswer, listReviews, returnRound } from '../../src/lib/server/services/review';
import { markRestOk } from '../../src/lib/server/services/review-bulk';
import { freshDb } from '../helpers/db';
import { recsByQuestion, reviewSetup, roundRow } from './review-fixtures';
import { mini, questionnaires, refusal } from './round-fixtures';

const auditOf = (db: ReturnType<typeof reviewSetup>['db'], action: string) =>
	db.select().from(auditLog).where(eq(auditLog.action, action)).all();

describe('publishing from the publish step', () => {
	it('refuses while recommendations are undecided, and "leave them out" keeps them out of the report', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const refused = refusal(() => publishReviewed(db, questionnaires, expert, round.id, undefined));
		expect([refused.status, refused.messageKey, refused.params]).toEqual([
			409,
			'review.publish.undecided_choice',
			{ count: 5 }
		]);
		expect(roundRow(db, round.id).status).toBe('in_review');

		const recs = recsByQuestion(db, round.id);
		const chosen = ['q1', 'q3', 'q6'].map((q) => recs[q]!.id);
		expect(bulkDecide(db, questionnaires, expert, round.id, { ids: chosen, action: 'key' })).toBe(3);
		expect(publishReviewed(db, questionnaires, expert, round.id, 'leave_out')).toBe('Koivuranta');

		expect(roundRow(db, round.id).status).toBe('published');
		const after = recsByQuestion(db, round.id);
		expect([after.q7!.status, after.q9!.status]).toEqual(['proposed', 'proposed']);
		const [left] = auditOf(db, 'publish_leave_out');
		expect(JSON.parse(left!.newValue!).ids.sort()).toEqual([after.q7!.id, after.q9!.id].sort());
		const report = roundReport(db, questionnaires, expert, round.id, 'en');
		expect(report.recommendations.map((r) => r.id).sort()).toEqual([...chosen].sort());
		expect(report.recommendations.every((r) => r.isKey)).toBe(true);
	});

	it('asks for 3-5 key recommendations among the accepted ones', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const ids = listRecommendations(db, round.id).map((r) => r.id);
		bulkDecide(db, questionnaires, expert, round.id, { ids, action: 'accept' });
		bulkDecide(db, questionnaires, expert, round.id, { ids: ids.slice(0, 2), action: 'key' });
		const refused = refusal(() => publishReviewed(db, questionnaires, expert, round.id, undefined));
		expect([refused.messageKey, refused.params, refused.field]).toEqual([
			'review.publish.keys_range',
			{ min: 3, max: 5, count: 2 },
			'keys'
		]);
		bulkDecide(db, questionnaires, expert, round.id, { ids: ids.slice(2, 3), action: 'key' });
		publishReviewed(db, questionnaires, expert, round.id, undefined);
		expect(roundRow(db, round.id).status).toBe('published');
	});
});

describe('bulk decisions', () => {
	it('rejects many with one reason, refuses without one, and unmarks key ones it rejects', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const ids = listRecommendations(db, round.id).map((r) => r.id);
		bulkDecide(db, questionnaires, expert, round.id, { ids: ids.slice(0, 2), action: 'key' });
		const refused = refusal(() =>
			bulkDecide(db, questionnaires, expert, round.id, { ids, action: 'reject', reason: '  ' })
		);
		expect([refused.messageKey, refused.field]).toEqual(['error.reject_reason_required', 'reason']);
		bulkDecide(db, questionnaires, expert, round.id, {
			ids: ids.slice(0, 3),
			action: 'reject',
			reason: 'Covered'
		});
		const rows = listRecommendations(db, round.id).filter((r) => ids.slice(0, 3).includes(r.id));
		expect(rows.map((r) => [r.status, r.rejectReason, r.isKey])).toEqual(
			Array(3).fill(['rejected', 'Covered', false])
		);
		expect(auditOf(db, 'bulk_reject')).toHaveLength(1);
	});

	it('never touches another round’s recommendations', () => {
		const one = reviewSetup('in_review');
		const two = reviewSetup('in_review');
		const foreign = listRecommendations(two.db, two.round.id).map((r) => r.id);
		expect(
			bulkDecide(one.db, questionnaires, one.expert, one.round.id, { ids: foreign, action: 'accept' })
		).toBe(0);
	});
});

describe('marking the rest of an area OK', () => {
	it('marks only the answers not yet assessed and keeps the flags', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const area = mini.areas.find((a) => a.code === 'a')!;
		flagAnswer(db, questionnaires, expert, round.id, 'q1', 'needs_evidence', 'Link the decision');
		const marked = markRestOk(db, questionnaires, expert, round.id, 'a');
		expect(marked).toBe(area.questions.length - 1);
		const reviews = new Map(listReviews(db, round.id).map((r) => [r.questionCode, r]));
		expect(reviews.get('q1')?.flag).toBe('needs_evidence');
		expect(area.questions.filter((q) => reviews.get(q.code)?.flag === 'ok')).toHaveLength(marked);
		expect(markRestOk(db, questionnaires, expert, round.id, 'a')).toBe(0);
	});
});

describe('returning with a covering note', () => {
	it('keeps the note on the round for the working group and audits it', () => {
		const { db, expert, round } = reviewSetup('in_review');
		returnRound(db, questionnaires, expert, round.id, '  Please add evidence to the flagged answers.  ');
		const row = roundRow(db, round.id);
		expect([row.status, row.returnNote]).toEqual(['draft', 'Please add evidence to the flagged answers.']);
		const notes = db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'return_note'), eq(auditLog.entityId, round.id)))
			.all();
		expect(notes).toHaveLength(1);
	});
});

describe('the demo', () => {
	it('gives each published round 3-5 key recommendations, all accepted', async () => {
		const db = freshDb();
		await seedDemoIfEmpty(db);
		const published = db
			.select()
			.from(assessmentRounds)
			.where(eq(assessmentRounds.status, 'published'))
			.all();
		expect(published).toHaveLength(2);
		for (const round of published) {
			const keys = db
				.select()
				.from(recommendations)
				.where(and(eq(recommendations.roundId, round.id), eq(recommendations.isKey, true)))
				.all();
			expect(keys.length).toBeGreaterThanOrEqual(3);
			expect(keys.length).toBeLessThanOrEqual(5);
			expect(keys.every((k) => k.status === 'accepted')).toBe(true);
		}
	});
});
