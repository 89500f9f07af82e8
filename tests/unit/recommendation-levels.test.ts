import { describe, expect, it } from 'vitest';
import { answerMap, type AnswerValue } from '../../src/lib/domain/answers';
import { isScored, type ScoredQuestion } from '../../src/lib/domain/questionnaire/schema';
import { generateRecommendations } from '../../src/lib/domain/recommendations/generate';
import {
	answerLevel,
	isBelowThreshold,
	levelsBelowThreshold
} from '../../src/lib/domain/recommendations/levels';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

// The mini fixture's threshold is 60; its library is tests/fixtures/recommendations.
const mini = loadQuestionnaireDir('tests/fixtures/mini');
const question = (code: string) =>
	mini.areas.flatMap((a) => a.questions).find((q): q is ScoredQuestion => q.code === code && isScored(q))!;
const opt = (option: string): AnswerValue => ({ kind: 'option', option });
const options = (...codes: string[]): AnswerValue => ({ kind: 'options', options: codes });
const recsFor = (values: Record<string, AnswerValue>) => {
	const answers = answerMap(values);
	return generateRecommendations(mini, answers, scoreAnswers(mini, answers));
};

describe('the threshold rule', () => {
	it('counts a share strictly below the threshold, never a question without points', () => {
		expect([isBelowThreshold(1, 2, 50), isBelowThreshold(1, 2, 51), isBelowThreshold(0, 0, 50)]).toEqual([
			false,
			true,
			false
		]);
	});

	it('lists the rungs below the threshold for each question type', () => {
		// q1: none 0, some 1, full 3 of 3. At 50 only none and some (33 %); at 30 only none.
		expect(levelsBelowThreshold(question('q1'), 50)).toEqual(['none', 'some']);
		expect(levelsBelowThreshold(question('q1'), 30)).toEqual(['none']);
		// q7: yes 4, partly 2, no 0. Partly is exactly half.
		expect(levelsBelowThreshold(question('q7'), 50)).toEqual(['no']);
		expect(levelsBelowThreshold(question('q7'), 60)).toEqual(['partly', 'no']);
		// q3: options of 1 and 2 points, cap 3. One point is 33 %.
		expect(levelsBelowThreshold(question('q3'), 50)).toEqual(['none', 'some']);
		expect(levelsBelowThreshold(question('q3'), 30)).toEqual(['none']);
	});
});

describe('the answer level', () => {
	it('is the chosen option below the threshold, none at or above it', () => {
		expect(['none', 'some', 'full'].map((o) => answerLevel(question('q1'), opt(o), 60))).toEqual([
			'none',
			'some',
			null
		]);
		expect(['no', 'partly', 'yes'].map((o) => answerLevel(question('q7'), opt(o), 50))).toEqual([
			'no',
			null,
			null
		]);
	});

	it('is none or some for a multi-select by the points reached', () => {
		const q3 = question('q3');
		expect(answerLevel(q3, options('none'), 60)).toBe('none');
		expect(answerLevel(q3, options('o1'), 60)).toBe('some');
		expect(answerLevel(q3, options('o1', 'o4'), 60)).toBeNull();
	});

	it('is dont_know for "don’t know", and nothing for not applicable or no answer', () => {
		expect(answerLevel(question('q1'), { kind: 'dont_know' }, 60)).toBe('dont_know');
		expect(answerLevel(question('q6'), { kind: 'not_applicable' }, 60)).toBeNull();
		expect(answerLevel(question('q1'), undefined, 60)).toBeNull();
	});
});

describe('generated texts per level', () => {
	it('gives each rung its own text and "don’t know" the advice to find out first', () => {
		const text = (value: AnswerValue) => recsFor({ q1: value }).find((r) => r.key === 'q1')?.text.en;
		expect([text(opt('none')), text(opt('some')), text(opt('full'))]).toEqual([
			'Start q1',
			'Do q1',
			undefined
		]);
		// q1 has its own "don't know" advice; q7 falls back to its area's.
		expect(text({ kind: 'dont_know' })).toBe('Ask who knows q1');
		const q7 = recsFor({ q7: { kind: 'dont_know' } }).find((r) => r.key === 'q7')!;
		expect([q7.level, q7.text.sv]).toEqual(['dont_know', 'Ta reda på l1']);
	});

	it('stores the level with the recommendation and attaches the template’s good practices, not the area’s', () => {
		const recs = recsFor({ q1: opt('none'), q3: options('o1') });
		const q1 = recs.find((r) => r.key === 'q1')!;
		expect([q1.level, q1.goodPractices.map((p) => p.id)]).toEqual(['none', ['p1']]);
		expect(recs.find((r) => r.key === 'q3')!.goodPractices.map((p) => p.id)).toEqual(['p1', 'p2']);
	});
});

describe('merging by group', () => {
	it('merges questions of one group into one recommendation with the group’s text and summed priority', () => {
		// q2 (area a) and q8 (area l2) share the group g28.
		const alone = recsFor({ q2: opt('no'), q8: opt('high') });
		const q2Alone = alone.find((r) => r.key === 'q2')!;
		expect(q2Alone.text.en).toBe('Do q2');
		const recs = recsFor({ q2: opt('no'), q8: opt('low') });
		expect(recs.map((r) => r.key)).toEqual(['group:g28']);
		const merged = recs[0]!;
		const q8Only = recsFor({ q8: opt('low') }).find((r) => r.key === 'q8')!;
		expect(merged).toMatchObject({
			questionCode: null,
			questionCodes: ['q2', 'q8'],
			groupCode: 'g28',
			level: null,
			text: { en: 'Do q2 and q8 together', fi: 'Tee k2 ja k8 yhdessä', sv: 'Gör f2 och f8 tillsammans' },
			priorityScore: q2Alone.priorityScore + q8Only.priorityScore,
			pointsMissing: 4
		});
		expect(merged.goodPractices.map((p) => p.id)).toEqual(['p2']);
		expect(merged.dimensions.length).toBeGreaterThan(0);
	});

	it('never merges "don’t know" advice into a group', () => {
		const recs = recsFor({ q2: { kind: 'dont_know' }, q8: opt('low') });
		expect(recs.map((r) => r.key).sort()).toEqual(['q2', 'q8']);
	});
});
