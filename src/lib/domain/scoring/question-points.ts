import type { AnswerValue } from '../answers';
import type { ScoredQuestion } from '../questionnaire/schema';
import { maxPoints } from './max-points';

export type QuestionStatus = 'answered' | 'dont_know' | 'not_applicable' | 'unanswered';

export interface QuestionPoints {
	code: string;
	status: QuestionStatus;
	earned: number;
	/** 0 when not applicable: such a question leaves both earned and maximum points. */
	max: number;
}

/**
 * Points of one answer. An answer the question does not allow (an unknown option,
 * "not applicable" where it is not offered) scores as unanswered, never as a gain.
 */
export function questionPoints(question: ScoredQuestion, answer: AnswerValue | undefined): QuestionPoints {
	const max = maxPoints(question);
	const result = (status: QuestionStatus, earned = 0): QuestionPoints => ({
		code: question.code,
		status,
		earned,
		max: status === 'not_applicable' ? 0 : max
	});
	if (!answer) return result('unanswered');
	if (answer.kind === 'dont_know') return result('dont_know');
	if (answer.kind === 'not_applicable')
		return result(question.allow_not_applicable ? 'not_applicable' : 'unanswered');

	switch (question.type) {
		case 'single_choice': {
			if (answer.kind !== 'option') return result('unanswered');
			const option = question.options.find((o) => o.code === answer.option);
			return option ? result('answered', option.points) : result('unanswered');
		}
		case 'yes_partly_no': {
			if (answer.kind !== 'option') return result('unanswered');
			const key = answer.option;
			if (key !== 'yes' && key !== 'partly' && key !== 'no') return result('unanswered');
			return result('answered', question.points[key]);
		}
		case 'multi_select': {
			if (answer.kind !== 'options' || answer.options.length === 0) return result('unanswered');
			const chosen = question.options.filter((o) => answer.options.includes(o.code));
			if (chosen.length !== new Set(answer.options).size) return result('unanswered');
			const sum = chosen.reduce((s, o) => s + o.points, 0);
			return result('answered', Math.min(sum, max));
		}
	}
}
