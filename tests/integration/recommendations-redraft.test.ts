import { describe, expect, it } from 'vitest';
import { listRecommendations, updateRecommendation } from '../../src/lib/server/services/recommendations';
import { returnRound, startReview } from '../../src/lib/server/services/review';
import { submitRound } from '../../src/lib/server/services/rounds';
import { answer, reviewSetup } from './review-fixtures';
import { questionnaires } from './round-fixtures';

describe('drafting recommendations again after the working group fixed answers', () => {
	it('drops untouched drafts of questions now at full points and keeps the expert’s edited ones', () => {
		const { db, member, coordinator, expert, round } = reviewSetup('in_review');
		const before = listRecommendations(db, round.id);
		const q1 = before.find((r) => r.questionCode === 'q1')!;
		updateRecommendation(db, questionnaires, expert, round.id, q1.id, {
			texts: { en: 'Edited by the expert' }
		});

		returnRound(db, questionnaires, expert, round.id);
		// q1 and q3 now earn full points.
		answer(db, member, round.id, {
			q1: { kind: 'option', option: 'full' },
			q3: { kind: 'options', options: ['o1', 'o4'] }
		});
		submitRound(db, questionnaires, coordinator, round.id);
		startReview(db, questionnaires, expert, round.id);

		const after = listRecommendations(db, round.id)
			.map((r) => r.questionCode)
			.sort();
		// q1 stays because the expert edited it; the untouched q3 draft is gone.
		expect(after).toEqual(['q1', 'q6', 'q7', 'q9']);
		expect(before.map((r) => r.questionCode)).toContain('q3');
	});
});
