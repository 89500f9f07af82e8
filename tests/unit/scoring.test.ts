import { describe, expect, it } from 'vitest';
import { answerMap, type AnswerValue } from '../../src/lib/domain/answers';
import { roundScore, scoreAnswers } from '../../src/lib/domain/scoring';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const mini = loadQuestionnaireDir('tests/fixtures/mini');
const opt = (option: string): AnswerValue => ({ kind: 'option', option });
const opts = (...options: string[]): AnswerValue => ({ kind: 'options', options });

/** Hand-computed in the comments; the methodology page states the same rules. */
const fullAnswers = answerMap({
	q1: opt('full'), // 3 of 3
	q2: opt('partly'), // 1 of 2
	q3: opts('o1', 'o2', 'o4'), // 1+1+2 = 4, capped at 3 of 3
	q4: { kind: 'number', value: 12 }, // unscored
	q5: { kind: 'text', value: 'context' }, // unscored
	q6: { kind: 'not_applicable' }, // leaves earned and maximum
	q7: opt('partly'), // 2 of 4
	q8: { kind: 'dont_know' }, // 0 of 2
	q9: opt('yes') // 2 of 2, optional area
});

describe('scoreAnswers on hand-computed examples', () => {
	const result = scoreAnswers(mini, fullAnswers);

	it('scores an area as earned over maximum, without not-applicable questions', () => {
		expect(result.areas.a).toMatchObject({ earned: 7, max: 8, score: 87.5 });
	});

	it("scores don't know as 0 of the maximum", () => {
		expect(result.areas.l2).toMatchObject({ earned: 0, max: 2, score: 0 });
	});

	it('scores the intercultural lens as the mean of its sub-areas', () => {
		expect(result.areas.l1!.score).toBe(50);
		expect(result.areas.lens!.score).toBe(25);
		expect(result.areas.lens!.subAreas).toEqual(['l1', 'l2']);
	});

	it('weights core areas and leaves optional areas out of the overall index', () => {
		expect(result.areas.opt!.score).toBe(100);
		// (2 × 87.5 + 1 × 25) / 3 = 66.666…
		expect(result.overall).toBe(66.7);
	});

	it('includes optional areas when the framework says so', () => {
		const withOptional = {
			...mini,
			framework: {
				...mini.framework,
				scoring: { ...mini.framework.scoring, include_optional_in_overall: true }
			}
		};
		// (2 × 87.5 + 25 + 100) / 4 = 75
		expect(scoreAnswers(withOptional, fullAnswers).overall).toBe(75);
	});

	it('scores each dimension from the points of the questions tagged with it', () => {
		expect(result.dimensions).toEqual({ attitudes: 80, participation: 75, interaction: 60, safety: 50 });
	});

	it('counts every scored question answered, including not applicable and don’t know', () => {
		expect(result.completeness).toEqual({ answered: 7, total: 7, percent: 100, complete: true });
	});
});

describe('scoreAnswers edge cases', () => {
	it('gives an empty questionnaire 0 everywhere and 0 % completeness', () => {
		const empty = scoreAnswers(mini, answerMap({}));
		expect(empty.overall).toBe(0);
		expect(empty.areas.a).toMatchObject({ earned: 0, max: 10, score: 0 });
		expect(empty.dimensions.safety).toBe(0);
		expect(empty.completeness).toEqual({ answered: 0, total: 7, percent: 0, complete: false });
	});

	it('gives full points for the best answers', () => {
		const best = scoreAnswers(
			mini,
			answerMap({
				q1: opt('full'),
				q2: opt('yes'),
				q3: opts('o1', 'o4'),
				q6: opt('yes'),
				q7: opt('yes'),
				q8: opt('high'),
				q9: opt('yes')
			})
		);
		expect(best.overall).toBe(100);
		expect(Object.values(best.dimensions)).toEqual([100, 100, 100, 100]);
	});

	it('makes an area with only not-applicable answers unscored and leaves it out of the index', () => {
		const result = scoreAnswers(mini, answerMap({ q7: { kind: 'not_applicable' } }));
		// q7 does not allow not applicable, so it counts as unanswered: 0 of 4.
		expect(result.areas.l1).toMatchObject({ max: 4, score: 0 });
		const onlyNa = scoreAnswers(
			{
				...mini,
				areas: mini.areas.map((a) =>
					a.code === 'a' ? { ...a, questions: a.questions.filter((q) => q.code === 'q6') } : a
				)
			},
			answerMap({ q6: { kind: 'not_applicable' }, q7: opt('yes'), q8: opt('high') })
		);
		expect(onlyNa.areas.a!.score).toBeNull();
		expect(onlyNa.overall).toBe(100);
	});

	it('treats an unknown option or an empty multi-select as unanswered', () => {
		const result = scoreAnswers(mini, answerMap({ q1: opt('bogus'), q3: opts() }));
		expect(result.completeness.answered).toBe(0);
	});

	it('gives a change that rounds to nothing as 0, never as "-0.0"', () => {
		expect(Object.is(roundScore(-0.04), 0)).toBe(true);
		expect(Object.is(roundScore(-0), 0)).toBe(true);
		expect(Object.is(roundScore(-0.05), 0)).toBe(true);
		expect(roundScore(-0.06)).toBe(-0.1);
	});

	it('rounds once at the end, half up, to one decimal', () => {
		expect(roundScore(12.25)).toBe(12.3);
		expect(roundScore(66.66666)).toBe(66.7);
		expect(roundScore(100 / 3)).toBe(33.3);
		// q1 some (1 of 3) + q2 no + q3 o1 (1 of 3) + q6 no: 2 of 10 = 20; lens (0 + 50) / 2 = 25
		const r = scoreAnswers(
			mini,
			answerMap({
				q1: opt('some'),
				q2: opt('no'),
				q3: opts('o1'),
				q6: opt('no'),
				q7: opt('no'),
				q8: opt('mid')
			})
		);
		expect(r.areas.a!.score).toBe(20);
		expect(r.areas.lens!.score).toBe(25);
		// (2 × 20 + 25) / 3 = 21.666… → 21.7
		expect(r.overall).toBe(21.7);
	});
});
