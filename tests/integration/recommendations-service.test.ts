import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, recommendations } from '../../src/lib/server/db/schema';
import {
	addRecommendation,
	listNarratives,
	listRecommendations,
	regenerateRecommendations,
	saveNarrative,
	updateRecommendation
} from '../../src/lib/server/services/recommendations';
import { roundReport } from '../../src/lib/server/services/report';
import { returnRound, startReview } from '../../src/lib/server/services/review';
import { submitRound } from '../../src/lib/server/services/rounds';
import { answer, auditCount, recsByQuestion, reviewSetup, roundRow } from './review-fixtures';
import { questionnaires, refusal } from './round-fixtures';

const auditOf = (db: ReturnType<typeof reviewSetup>['db'], entity: string) =>
	db.select().from(auditLog).where(eq(auditLog.entity, entity)).all();
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('editing a drafted recommendation', () => {
	it('stores the expert wording and priority', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const rec = recsByQuestion(db, round.id).q1!;
		expect(rec.priority).toBe('high');
		updateRecommendation(db, questionnaires, expert, round.id, rec.id, {
			texts: { en: '  Train front-desk staff  ' },
			priority: 'low'
		});
		expect(recsByQuestion(db, round.id).q1).toMatchObject({
			texts: JSON.stringify({ en: 'Train front-desk staff' }),
			priority: 'low',
			status: 'proposed'
		});
		expect(auditOf(db, 'recommendation')).toEqual([
			expect.objectContaining({ action: 'edit', entityId: rec.id, actorUserId: expert.id })
		]);
		expect(roundRow(db, round.id).revision).toBe(0);
	});

	it('refuses a rejection without a reason and changes nothing, then stores the reason given', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const before = listRecommendations(db, round.id);
		const id = recsByQuestion(db, round.id).q7!.id;
		const audits = auditCount(db);
		for (const rejectReason of [undefined, '', '   ']) {
			const e = refusal(() =>
				updateRecommendation(db, questionnaires, expert, round.id, id, { status: 'rejected', rejectReason })
			);
			expect([e.status, e.messageKey, e.field]).toEqual([
				400,
				'error.reject_reason_required',
				'rejectReason'
			]);
		}
		expect(listRecommendations(db, round.id)).toEqual(before);
		expect(auditCount(db)).toBe(audits);

		updateRecommendation(db, questionnaires, expert, round.id, id, {
			status: 'rejected',
			rejectReason: 'The town has no such service'
		});
		expect(recsByQuestion(db, round.id).q7).toMatchObject({
			status: 'rejected',
			rejectReason: 'The town has no such service'
		});
	});
});

describe('expert-written recommendations and narratives', () => {
	it('refuses an unknown or composite area and adds one without a question otherwise', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const count = listRecommendations(db, round.id).length;
		for (const areaCode of ['nope', 'lens']) {
			const e = refusal(() =>
				addRecommendation(
					db,
					questionnaires,
					expert,
					round.id,
					{ areaCode, text: 'X', priority: 'low' },
					'en'
				)
			);
			expect([areaCode, e.status, e.messageKey]).toEqual([areaCode, 400, 'error.area_unknown']);
		}
		expect(listRecommendations(db, round.id)).toHaveLength(count);

		const id = addRecommendation(
			db,
			questionnaires,
			expert,
			round.id,
			{
				areaCode: 'l2',
				text: 'Open a meeting place',
				priority: 'medium'
			},
			'fi'
		);
		const added = listRecommendations(db, round.id).find((r) => r.id === id);
		expect(added).toMatchObject({
			areaCode: 'l2',
			questionCode: null,
			texts: JSON.stringify({ fi: 'Open a meeting place' }),
			priority: 'medium',
			status: 'proposed',
			createdBy: expert.id
		});
	});

	it('saves one narrative per area, the second save replacing the first', () => {
		const { db, expert, round } = reviewSetup('in_review');
		saveNarrative(db, questionnaires, expert, round.id, { areaCode: 'a', strengths: 'S1', weaknesses: 'W1' });
		saveNarrative(db, questionnaires, expert, round.id, { areaCode: 'a', strengths: 'S2', weaknesses: 'W2' });
		const rows = listNarratives(db, round.id);
		expect(rows.map((n) => [n.areaCode, n.strengths, n.weaknesses])).toEqual([['a', 'S2', 'W2']]);
		const audit = auditOf(db, 'narrative').map((a) => [
			a.oldValue && JSON.parse(a.oldValue),
			JSON.parse(a.newValue!)
		]);
		expect(audit).toEqual([
			[null, { strengths: 'S1', weaknesses: 'W1' }],
			[
				{ strengths: 'S1', weaknesses: 'W1' },
				{ strengths: 'S2', weaknesses: 'W2' }
			]
		]);
	});
});

describe('corrections after publishing', () => {
	it('raises the revision by one per edit and audits each as a correction', () => {
		const { db, expert, leader, round } = reviewSetup('published');
		const id = recsByQuestion(db, round.id).q6!.id;
		updateRecommendation(db, questionnaires, expert, round.id, id, { texts: { en: 'Corrected wording' } });
		expect(roundRow(db, round.id).revision).toBe(1);
		updateRecommendation(db, questionnaires, expert, round.id, id, { priority: 'medium' });
		expect(roundRow(db, round.id).revision).toBe(2);
		expect(recsByQuestion(db, round.id).q6).toMatchObject({
			texts: JSON.stringify({ en: 'Corrected wording' }),
			priority: 'medium',
			status: 'accepted'
		});
		saveNarrative(db, questionnaires, expert, round.id, { areaCode: 'a', strengths: 'S', weaknesses: 'W' });
		expect(roundRow(db, round.id).revision).toBe(3);
		const rows = [...auditOf(db, 'recommendation'), ...auditOf(db, 'narrative')];
		expect(rows.map((r) => [r.action, r.entityId])).toEqual([
			['correct', id],
			['correct', id],
			['correct', `${round.id}:a`]
		]);
		const report = roundReport(db, questionnaires, leader, round.id, 'en');
		expect(report.round.revision).toBe(3);
		expect(report.recommendations.find((r) => r.id === id)?.text).toBe('Corrected wording');
		const e = refusal(() => regenerateRecommendations(db, questionnaires, expert, round.id));
		expect(e.messageKey).toBe('error.round_not_in_review');
	});
});

describe('regenerating after the answers changed', () => {
	it('keeps every edited or rejected recommendation and adds only the newly needed one', () => {
		const { db, coordinator, member, expert, round } = reviewSetup('in_review');
		const first = recsByQuestion(db, round.id);
		updateRecommendation(db, questionnaires, expert, round.id, first.q1!.id, { texts: { en: 'Expert q1' } });
		updateRecommendation(db, questionnaires, expert, round.id, first.q3!.id, {
			status: 'rejected',
			rejectReason: 'Not relevant'
		});
		const kept = listRecommendations(db, round.id);

		returnRound(db, questionnaires, expert, round.id);
		answer(db, member, round.id, {
			q1: { kind: 'option', option: 'full' },
			q2: { kind: 'option', option: 'partly' }
		});
		submitRound(db, questionnaires, coordinator, round.id);
		startReview(db, questionnaires, expert, round.id);
		const added = regenerateRecommendations(db, questionnaires, expert, round.id);

		const now = listRecommendations(db, round.id);
		const fresh = now.filter((r) => !kept.some((k) => k.id === r.id));
		expect(fresh.map((r) => [r.questionCode, r.status])).toEqual([['q2', 'proposed']]);
		expect(byId(now.filter((r) => kept.some((k) => k.id === r.id)))).toEqual(byId(kept));
		// startReview already drafted q2, so there is nothing left to add.
		expect(added).toBe(0);
	});

	it('re-drafts missing ones and returns how many it added', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const recs = recsByQuestion(db, round.id);
		for (const code of ['q6', 'q9'])
			db.delete(recommendations)
				.where(and(eq(recommendations.roundId, round.id), eq(recommendations.id, recs[code]!.id)))
				.run();
		expect(regenerateRecommendations(db, questionnaires, expert, round.id)).toBe(2);
		expect(Object.keys(recsByQuestion(db, round.id)).sort()).toEqual(Object.keys(recs).sort());
		expect(regenerateRecommendations(db, questionnaires, expert, round.id)).toBe(0);
	});
});

describe('listing recommendations', () => {
	it('puts high before medium before low, by priority score within a level', () => {
		const { db, expert, round } = reviewSetup('in_review');
		const add = (text: string, priority: 'high' | 'medium' | 'low') =>
			addRecommendation(db, questionnaires, expert, round.id, { areaCode: 'a', text, priority }, 'en');
		add('Low one', 'low');
		add('Medium one', 'medium');
		add('High one', 'high');
		const q9 = recsByQuestion(db, round.id).q9!;
		expect(q9.priorityScore).toBe(100);
		updateRecommendation(db, questionnaires, expert, round.id, q9.id, { priority: 'low' });

		const list = listRecommendations(db, round.id);
		expect(list.map((r) => r.priority).join(' ')).toBe('high high high high high medium low low');
		expect(list[0]!.questionCode).toBe('q7');
		const tail = list.slice(4).map((r) => (JSON.parse(r.texts) as { en?: string }).en ?? r.questionCode);
		expect(tail).toEqual(['High one', 'Medium one', 'q9', 'Low one']);
	});
});
