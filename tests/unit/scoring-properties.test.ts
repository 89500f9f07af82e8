import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { isScored, type ScoredQuestion } from '../../src/lib/domain/questionnaire/schema';
import { questionPoints, scoreAnswers } from '../../src/lib/domain/scoring';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const shipped = loadQuestionnaireDir('questionnaires/gri-2026');
const scored = shipped.areas.flatMap((a) => a.questions.filter(isScored).map((q) => ({ area: a.code, q })));

/** Every answer a question can be given, in the form the app stores. */
function answersFor(q: ScoredQuestion): fc.Arbitrary<AnswerValue | undefined> {
	const special: Array<AnswerValue | undefined> = [undefined, { kind: 'dont_know' }];
	if (q.allow_not_applicable) special.push({ kind: 'not_applicable' });
	const given: fc.Arbitrary<AnswerValue> =
		q.type === 'multi_select'
			? fc
					.subarray(
						q.options.map((o) => o.code),
						{ minLength: 1 }
					)
					.map((options) => ({ kind: 'options' as const, options }))
			: fc
					.constantFrom(
						...(q.type === 'yes_partly_no' ? ['yes', 'partly', 'no'] : q.options.map((o) => o.code))
					)
					.map((option) => ({ kind: 'option' as const, option }));
	return fc.oneof(fc.constantFrom(...special), given);
}

const allAnswers = fc.tuple(...scored.map(({ q }) => answersFor(q))).map((values) => {
	const map = new Map<string, AnswerValue>();
	values.forEach((v, i) => v && map.set(scored[i]!.q.code, v));
	return map;
});

describe('scoring properties on the shipped questionnaire', () => {
	it('keeps every score within 0–100 and completeness within 0–100 %', () => {
		fc.assert(
			fc.property(allAnswers, (answers) => {
				const r = scoreAnswers(shipped, answers);
				const scores = [
					r.overall,
					...Object.values(r.areas).map((a) => a.score),
					...Object.values(r.dimensions)
				];
				for (const s of scores.filter((x) => x !== null)) {
					expect(s).toBeGreaterThanOrEqual(0);
					expect(s).toBeLessThanOrEqual(100);
				}
				expect(r.completeness.percent).toBeGreaterThanOrEqual(0);
				expect(r.completeness.percent).toBeLessThanOrEqual(100);
			}),
			{ numRuns: 300 }
		);
	});

	it('never lowers an area score when one answer is raised to one worth at least as many points', () => {
		fc.assert(
			fc.property(allAnswers, fc.nat(scored.length - 1), fc.nat(), (answers, index, pick) => {
				const { area, q } = scored[index]!;
				const current = answers.get(q.code);
				if (current?.kind === 'not_applicable') return; // leaving n/a changes the maximum, not a raise
				const before = questionPoints(q, current).earned;
				const candidates: AnswerValue[] =
					q.type === 'multi_select'
						? [
								{
									kind: 'options',
									options: [
										...new Set([
											...(current?.kind === 'options' ? current.options : []),
											q.options[pick % q.options.length]!.code
										])
									]
								}
							]
						: (q.type === 'yes_partly_no' ? ['yes', 'partly', 'no'] : q.options.map((o) => o.code)).map(
								(option) => ({ kind: 'option', option })
							);
				const raised = candidates.find((c) => questionPoints(q, c).earned >= before);
				if (!raised) return;
				const after = new Map(answers).set(q.code, raised);
				const s0 = scoreAnswers(shipped, answers).areas[area]!.score ?? 0;
				const s1 = scoreAnswers(shipped, after).areas[area]!.score ?? 0;
				expect(s1).toBeGreaterThanOrEqual(s0);
			}),
			{ numRuns: 300 }
		);
	});
});
