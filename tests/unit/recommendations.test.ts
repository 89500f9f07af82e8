import { describe, expect, it } from 'vitest';
import { answerMap, type AnswerValue } from '../../src/lib/domain/answers';
import {
	generateRecommendations,
	groupByArea,
	priorityLevel
} from '../../src/lib/domain/recommendations/generate';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const mini = loadQuestionnaireDir('tests/fixtures/mini');
const opt = (option: string): AnswerValue => ({ kind: 'option', option });
const answers = answerMap({
	q1: opt('some'), // 1 of 3: 2 missing
	q2: opt('yes'), // full: no recommendation
	q3: { kind: 'options', options: ['o1'] }, // 1 of 3: 2 missing
	q6: { kind: 'not_applicable' }, // n/a: no recommendation
	q7: opt('partly'), // 2 of 4 in l1
	q8: { kind: 'dont_know' }, // 0 of 2 in l2
	q9: opt('no') // 0 of 2 in the optional area
});
const scores = scoreAnswers(mini, answers);

describe('generateRecommendations, hand-checked', () => {
	// Area a: max 8 (q6 n/a), weight 2. l1: max 4, l2: max 2, both under the lens, weight 1. opt: max 2, weight 1.
	// q1: 2/8 × 100 × 2 = 50; q3: 2/8 × 100 × 2 = 50; q7: 2/4 × 100 × 1 = 50; q8: 2/2 × 100 = 100; q9: 2/2 × 100 = 100.
	const recs = generateRecommendations(mini, answers, scores);

	it('makes one recommendation per question below the threshold or answered "don’t know", none for full or not-applicable answers', () => {
		expect(recs.map((r) => r.questionCode).sort()).toEqual(['q1', 'q3', 'q7', 'q8', 'q9']);
	});

	it('ranks by points at stake × area weight, ties in questionnaire order', () => {
		expect(recs.map((r) => [r.questionCode, r.priorityScore])).toEqual([
			['q8', 100],
			['q9', 100],
			['q1', 50],
			['q3', 50],
			['q7', 50]
		]);
		expect(recs[0]).toMatchObject({
			areaCode: 'l2',
			priority: 'high',
			pointsMissing: 2,
			dimensions: ['interaction']
		});
	});

	it('takes the text of the answer’s level from the question’s template in every language', () => {
		expect(recs.find((r) => r.questionCode === 'q1')!.text).toEqual({
			en: 'Do q1',
			fi: 'Tee k1',
			sv: 'Gör f1'
		});
	});

	it('raises the priority of areas below the peer mean by the gap', () => {
		// Area a scores 4/8 = 50; a peer mean of 80 gives a gap of 30: 50 × 1.3 = 65 for q1 and q3.
		const withPeers = generateRecommendations(mini, answers, scores, { a: 80, l1: 10 });
		expect(withPeers.find((r) => r.questionCode === 'q1')!.priorityScore).toBe(65);
		// l1 already beats its peers: no change.
		expect(withPeers.find((r) => r.questionCode === 'q7')!.priorityScore).toBe(50);
		expect(withPeers.map((r) => r.questionCode)).toEqual(['q8', 'q9', 'q1', 'q3', 'q7']);
	});

	it('groups the ranked list by area in questionnaire order', () => {
		expect(groupByArea(mini, recs).map((g) => [g.areaCode, g.items.map((i) => i.questionCode)])).toEqual([
			['a', ['q1', 'q3']],
			['l1', ['q7']],
			['l2', ['q8']],
			['opt', ['q9']]
		]);
	});

	it('maps scores to priority levels at the documented limits', () => {
		expect([priorityLevel(15), priorityLevel(14.9), priorityLevel(7.5), priorityLevel(7.4)]).toEqual([
			'high',
			'medium',
			'medium',
			'low'
		]);
	});

	it('recommends nothing for a questionnaire with full points everywhere', () => {
		const full = answerMap({
			q1: opt('full'),
			q2: opt('yes'),
			q3: { kind: 'options', options: ['o4', 'o1'] },
			q6: opt('yes'),
			q7: opt('yes'),
			q8: opt('high'),
			q9: opt('yes')
		});
		expect(generateRecommendations(mini, full, scoreAnswers(mini, full))).toEqual([]);
	});
});
