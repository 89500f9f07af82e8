import { checkAnswer } from '../answer-validation';
import type { AnswerValue } from '../answers';
import type { Questionnaire } from './schema';

export interface CarryOver {
	/** Question codes whose answer is kept as it is. */
	carried: string[];
	/** Answered in the old version but no longer asked: the answer is not carried over. */
	removed: string[];
	/** Still asked but the old answer is not valid any more (say, an option that was taken out): cleared. */
	cleared: string[];
}

/**
 * What happens to a round's answers when it moves to the version that supersedes its own, as that
 * version's mapping.yaml says: same and changed questions keep an answer that is still valid.
 * A row with only a justification or evidence (value null) is kept wherever the question is still asked.
 */
export function planCarryOver(
	to: Questionnaire,
	answers: ReadonlyMap<string, AnswerValue | null>
): CarryOver {
	const questions = new Map(to.areas.flatMap((a) => a.questions.map((q) => [q.code, q])));
	const plan: CarryOver = { carried: [], removed: [], cleared: [] };
	for (const [code, value] of answers) {
		const status = to.mapping?.questions[code]?.status;
		const question = questions.get(code);
		if (status === 'removed' || !question) plan.removed.push(code);
		else if (value === null || checkAnswer(question, value) === null) plan.carried.push(code);
		else plan.cleared.push(code);
	}
	return plan;
}
