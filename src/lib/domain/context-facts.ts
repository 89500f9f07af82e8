import type { AnswerValue } from './answers';
import type { LocalizedText, Questionnaire } from './questionnaire/schema';

/** One figure the working group gave as context (a numeric_fact question): shown, never scored. */
export interface ContextFact {
	code: string;
	area: string;
	text: LocalizedText;
	unit: LocalizedText | null;
	value: number;
}

/** The round's context facts that have a number, in questionnaire order. */
export function contextFacts(
	questionnaire: Questionnaire,
	valueOf: (code: string) => AnswerValue | null | undefined
): ContextFact[] {
	return questionnaire.areas.flatMap((area) =>
		area.questions.flatMap((q) => {
			if (q.type !== 'numeric_fact') return [];
			const v = valueOf(q.code);
			return v && v.kind === 'number'
				? [{ code: q.code, area: area.code, text: q.text, unit: q.unit ?? null, value: v.value }]
				: [];
		})
	);
}

/** Fewer peers than this and a group's median could give one municipality's figure away. */
export const MIN_PEERS_FOR_FACT = 3;

/** The median of the values, or null when fewer than MIN_PEERS_FOR_FACT peers have one. */
export function factMedian(values: readonly number[]): { median: number; n: number } | null {
	if (values.length < MIN_PEERS_FOR_FACT) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { median, n: sorted.length };
}
