import { DIMENSIONS, type Dimension, type Language } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/schema';
import type { ScoreResult } from '../scoring';
import { emptyIndicator } from './factories';
import type { StrategyIndicator } from './types';

export interface IndicatorInput {
	language: Language;
	questionnaire: Questionnaire;
	year: number;
	scores: ScoreResult;
	/** The round's context facts (numeric_fact answers) by question code; missing when not answered. */
	facts: Readonly<Record<string, number>>;
	labels: {
		/** "Attitudes (good relations index)". */
		dimensionIndicator: Record<Dimension, string>;
		overall: string;
		/** The unit of an index score: "/ 100". */
		scoreUnit: string;
	};
}

/**
 * The monitoring indicators of a draft: the four good-relations dimension scores and the overall index,
 * re-measured with the index, and outcome indicators from the questionnaire's context facts with their
 * source, frequency and owner. Baselines come from the round; targets stay empty until the working group
 * sets them.
 */
export function draftIndicators(input: IndicatorInput): StrategyIndicator[] {
	const t = input.questionnaire.strategy!;
	const lang = input.language;
	const when = String(input.year + t.years_to_remeasure);
	const index = t.dimension_indicators;
	const fromIndex = {
		source: index.source[lang],
		frequency: index.frequency[lang],
		owner: index.owner[lang],
		unit: input.labels.scoreUnit,
		when
	};
	const questions = new Map(
		input.questionnaire.areas.flatMap((a) => a.questions.map((q) => [q.code, q] as const))
	);
	return [
		...DIMENSIONS.map((d) =>
			emptyIndicator(`i-dim-${d}`, {
				kind: 'dimension',
				ref: d,
				name: input.labels.dimensionIndicator[d],
				baseline: input.scores.dimensions[d],
				...fromIndex
			})
		),
		emptyIndicator('i-overall', {
			kind: 'overall',
			name: input.labels.overall,
			baseline: input.scores.overall,
			...fromIndex
		}),
		...t.outcome_indicators.map((o) => {
			const question = questions.get(o.question);
			return emptyIndicator(`i-fact-${o.question}`, {
				kind: 'fact',
				ref: o.question,
				name: o.name[lang],
				source: o.source[lang],
				frequency: o.frequency[lang],
				owner: o.owner[lang],
				unit: question && question.type === 'numeric_fact' ? (question.unit?.[lang] ?? '') : '',
				baseline: input.facts[o.question] ?? null,
				when
			});
		})
	];
}
