import { describe, expect, it } from 'vitest';
import { answerMap, type AnswerValue } from '../../src/lib/domain/answers';
import { conditionMet, hiddenQuestions } from '../../src/lib/domain/questionnaire/conditions';
import { generateRecommendations } from '../../src/lib/domain/recommendations/generate';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { missingAnswers } from '../../src/lib/server/services/rounds';

/* Area a of the fixture: q1 (0/1/3 points), q2 yes/partly/no (2) asked unless q1 = none,
   q3 multi-select capped at 3, q6 yes/partly/no (2) asked only when q2 is yes or partly. */
const q = loadQuestionnaireDir('tests/fixtures/conditional');
const area = q.areas.find((a) => a.code === 'a')!;
const opt = (option: string): AnswerValue => ({ kind: 'option', option });

describe('show_if conditions', () => {
	it('hides a question whose condition fails, and every question that depends on it', () => {
		const answers = answerMap({ q1: opt('none'), q2: opt('yes'), q6: opt('yes') });
		expect([...hiddenQuestions(area.questions, answers)]).toEqual(['q2', 'q6']);
	});

	it('keeps a question asked while the answer it depends on is missing or unknown', () => {
		expect(hiddenQuestions(area.questions, answerMap({})).size).toBe(0);
		expect(hiddenQuestions(area.questions, answerMap({ q1: { kind: 'dont_know' } })).size).toBe(0);
		expect(conditionMet({ question: 'x', in: ['a'] }, { kind: 'options', options: ['b', 'a'] })).toBe(true);
		expect(conditionMet({ question: 'x', not_in: ['a'] }, { kind: 'options', options: ['b', 'a'] })).toBe(
			false
		);
	});

	it('scores a hidden question as not applicable: out of both earned and maximum, stored answer ignored', () => {
		// q1 none = 0 of 3; q2 and q6 hidden although answered yes (would be 2 + 2); q3 o1 = 1 of 3.
		// 1 of 6 = 16.7, where without the conditions it would be 5 of 10 = 50.
		const r = scoreAnswers(
			q,
			answerMap({ q1: opt('none'), q2: opt('yes'), q3: { kind: 'options', options: ['o1'] }, q6: opt('yes') })
		);
		expect(r.areas.a).toMatchObject({ earned: 1, max: 6, score: 16.7 });
		expect(r.areas.a!.questions.find((x) => x.code === 'q2')).toMatchObject({
			status: 'not_applicable',
			earned: 0,
			max: 0
		});
	});

	it('counts a shown question normally: q1 some = 1, q2 no = 0, q3 o4 = 2, q6 hidden by q2 = no', () => {
		const r = scoreAnswers(
			q,
			answerMap({ q1: opt('some'), q2: opt('no'), q3: { kind: 'options', options: ['o4'] }, q6: opt('yes') })
		);
		// 3 of 3 + 2 + 3 = 8 points: 37.5
		expect(r.areas.a).toMatchObject({ earned: 3, max: 8, score: 37.5 });
	});

	it('does not count a hidden question as missing for submission or progress', () => {
		const answers = answerMap({ q1: opt('none'), q3: { kind: 'options', options: ['o1'] } });
		const missing = missingAnswers(q, answers).filter((m) => m.areaCode === 'a');
		expect(missing).toEqual([]);
		expect(scoreAnswers(q, answers).areas.a).toMatchObject({ answered: 4, scoredQuestions: 4 });
		const unanswered = missingAnswers(q, answerMap({ q1: opt('full') })).filter((m) => m.areaCode === 'a');
		expect(unanswered.map((m) => m.questionCode)).toEqual(['q2', 'q3', 'q6']);
	});

	it('recommends nothing for a hidden question, whatever its stored answer', () => {
		const answers = answerMap({ q1: opt('none'), q2: opt('no'), q3: { kind: 'options', options: ['none'] } });
		const codes = generateRecommendations(q, answers, scoreAnswers(q, answers)).flatMap(
			(r) => r.questionCodes
		);
		expect(codes).toContain('q1');
		expect(codes).not.toContain('q2');
		const shown = answerMap({ q1: opt('some'), q2: opt('no') });
		expect(
			generateRecommendations(q, shown, scoreAnswers(q, shown)).flatMap((r) => r.questionCodes)
		).toContain('q2');
	});
});
