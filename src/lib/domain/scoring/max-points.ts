import type { ScoredQuestion } from '../questionnaire/schema';

/** The most points a question can earn: the best option, or the capped sum of a multi-select. */
export function maxPoints(question: ScoredQuestion): number {
	switch (question.type) {
		case 'single_choice':
			return Math.max(...question.options.map((o) => o.points));
		case 'yes_partly_no':
			return Math.max(question.points.yes, question.points.partly, question.points.no);
		case 'multi_select': {
			const sum = question.options.reduce((s, o) => s + o.points, 0);
			return question.cap === undefined ? sum : Math.min(sum, question.cap);
		}
	}
}
