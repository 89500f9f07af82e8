import type { AnswerValue } from '../answers';

/*
 * `show_if` on a question: it is asked only when an EARLIER question of the same area got (`in`) or did
 * not get (`not_in`) one of the listed options. A hidden question is not applicable: it leaves both earned
 * and maximum points, is not shown and is not missing. Client-safe (no zod), so the answering page can
 * hide a question the moment the answer it depends on changes.
 */
export interface ShowIf {
	question: string;
	in?: readonly string[];
	not_in?: readonly string[];
}

interface Conditional {
	code: string;
	show_if?: ShowIf;
}

/** The options an answer chose; none for "don't know", "not applicable", numbers, text or no answer. */
function chosenOptions(answer: AnswerValue | undefined): string[] | null {
	if (answer?.kind === 'option') return [answer.option];
	if (answer?.kind === 'options' && answer.options.length > 0) return answer.options;
	return null;
}

/**
 * Whether the condition holds for the answer it refers to. Until that question has a chosen option
 * (unanswered, "don't know"), the dependent question stays asked: nobody loses a question by not knowing.
 */
export function conditionMet(condition: ShowIf, answer: AnswerValue | undefined): boolean {
	const chosen = chosenOptions(answer);
	if (chosen === null) return true;
	if (condition.in) return chosen.some((c) => condition.in!.includes(c));
	if (condition.not_in) return !chosen.some((c) => condition.not_in!.includes(c));
	return true;
}

/**
 * Codes of the questions hidden by their conditions, given the answers so far. Questions come in their
 * questionnaire order; a question whose condition refers to a hidden question is hidden too.
 */
export function hiddenQuestions(
	questions: readonly Conditional[],
	answers: ReadonlyMap<string, AnswerValue>
): Set<string> {
	const hidden = new Set<string>();
	for (const q of questions) {
		if (!q.show_if) continue;
		if (hidden.has(q.show_if.question) || !conditionMet(q.show_if, answers.get(q.show_if.question)))
			hidden.add(q.code);
	}
	return hidden;
}
