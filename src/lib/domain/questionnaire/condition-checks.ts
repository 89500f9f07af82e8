import type { Question } from './schema';

/** Option codes a condition may name: the question's own options, or the three built-in answers. */
function optionCodes(question: Question): string[] | null {
	if (question.type === 'single_choice' || question.type === 'multi_select')
		return question.options.map((o) => o.code);
	if (question.type === 'yes_partly_no') return ['yes', 'partly', 'no'];
	return null;
}

/** Follows show_if links from each question; returns the first loop found, e.g. [a, b, a]. */
function findCycle(questions: readonly Question[]): string[] | null {
	const next = new Map(questions.flatMap((q) => (q.show_if ? [[q.code, q.show_if.question]] : [])));
	for (const start of next.keys()) {
		const path = [start];
		let at = next.get(start);
		while (at !== undefined) {
			path.push(at);
			if (at === start) return path;
			if (path.indexOf(at) < path.length - 1) break; // a loop that does not pass through start
			at = next.get(at);
		}
	}
	return null;
}

/**
 * Problems with the show_if conditions of one area's questions, as [question index or null, message].
 * A condition must refer to an EARLIER question of the same area, so the answering page can decide
 * top-down and no condition can depend on itself.
 */
export function conditionProblems(questions: readonly Question[]): Array<[number | null, string]> {
	const problems: Array<[number | null, string]> = [];
	const index = new Map(questions.map((q, i) => [q.code, i]));
	questions.forEach((question, i) => {
		const condition = question.show_if;
		if (!condition) return;
		const at = index.get(condition.question);
		if (at === undefined) {
			problems.push([i, `show_if refers to '${condition.question}', which is not a question of this area`]);
			return;
		}
		if (at >= i) {
			problems.push([
				i,
				`show_if refers to '${condition.question}', which comes later (a condition may only refer to an earlier question)`
			]);
		}
		const codes = optionCodes(questions[at]!);
		if (codes === null) {
			problems.push([i, `show_if refers to '${condition.question}', which has no options to test`]);
			return;
		}
		for (const option of [...(condition.in ?? []), ...(condition.not_in ?? [])]) {
			if (!codes.includes(option))
				problems.push([i, `show_if names option '${option}', which '${condition.question}' does not have`]);
		}
	});
	const cycle = findCycle(questions);
	if (cycle) problems.push([null, `show_if conditions form a cycle: ${cycle.join(' → ')}`]);
	return problems;
}
