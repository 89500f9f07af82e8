import type { AnswerValue } from '../answers';
import type { ScoredQuestion } from '../questionnaire/schema';
import { maxPoints, questionPoints } from '../scoring';

/** The level of a "don't know" answer: advice to find out first, whatever the question. */
export const DONT_KNOW = 'dont_know';

/*
 * The rule (also on the methodology page): a scored question gets a recommendation when its answer
 * earns strictly less than low_score_threshold per cent of the question's maximum points, or when the
 * group answered "don't know". Not-applicable, unanswered and answers at or above the threshold get
 * none. With the shipped threshold of 50, "partly" (1 of 2) and "a plan has been adopted" (2 of 3) get
 * none; "no" and "a plan is being prepared" (1 of 3) do.
 */
export function isBelowThreshold(earned: number, max: number, threshold: number): boolean {
	return max > 0 && (earned / max) * 100 < threshold;
}

/** Every answer level of the question that can produce a recommendation, "don't know" excluded. */
export function levelsBelowThreshold(question: ScoredQuestion, threshold: number): string[] {
	const max = maxPoints(question);
	const below = (points: number) => isBelowThreshold(points, max, threshold);
	switch (question.type) {
		case 'single_choice':
			return question.options.filter((o) => below(o.points)).map((o) => o.code);
		case 'yes_partly_no':
			return (['partly', 'no'] as const).filter((k) => below(question.points[k]));
		case 'multi_select': {
			const positive = question.options.map((o) => o.points).filter((p) => p > 0);
			const levels = below(0) ? ['none'] : [];
			if (positive.length > 0 && below(Math.min(...positive))) levels.push('some');
			return levels;
		}
	}
}

/** Answer level keys a template may name for this question (whatever the threshold). */
export function possibleLevels(question: ScoredQuestion): string[] {
	switch (question.type) {
		case 'single_choice':
			return question.options.map((o) => o.code);
		case 'yes_partly_no':
			return ['partly', 'no'];
		case 'multi_select':
			return ['none', 'some'];
	}
}

/** The level whose template text applies to this answer, or null when it needs no recommendation. */
export function answerLevel(
	question: ScoredQuestion,
	answer: AnswerValue | undefined,
	threshold: number
): string | null {
	const points = questionPoints(question, answer);
	if (points.status === 'dont_know') return question.allow_dont_know ? DONT_KNOW : null;
	if (points.status !== 'answered' || !isBelowThreshold(points.earned, points.max, threshold)) return null;
	if (question.type === 'multi_select') return points.earned === 0 ? 'none' : 'some';
	return answer?.kind === 'option' ? answer.option : null;
}
