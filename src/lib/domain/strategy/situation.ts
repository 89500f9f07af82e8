import type { Language } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/schema';
import type { ScoreResult } from '../scoring';
import { SITUATION_TOPICS, type SituationFact, type StrategyOutline } from './types';

export interface SituationInput {
	language: Language;
	questionnaire: Questionnaire;
	population: number;
	diversityShare: number;
	scores: ScoreResult;
	facts: Readonly<Record<string, number>>;
	comparison: {
		strongest: Array<{ code: string; score: number }>;
		gaps: Array<{ code: string; gap: number; mean: number }>;
		change: number | null;
	} | null;
	labels: { population: string; diversity: string; overall: string; completeness: string; scoreUnit: string };
}

const fact = (code: string, label: string, number: number | null, unit: string): SituationFact => ({
	code,
	label,
	value: '',
	number,
	unit
});

/**
 * The situation picture of a draft: the round's key figures and every context fact the working group
 * gave, with the human label and unit of the questionnaire (strategy.yaml fact_labels), the strongest
 * areas and largest gaps, and an empty text per checklist topic for the coordinator to write.
 */
export function draftSituation(input: SituationInput): StrategyOutline['situation'] {
	const q = input.questionnaire;
	const t = q.strategy!;
	const lang = input.language;
	const name = (code: string) => q.areas.find((a) => a.code === code)?.name[lang] ?? code;
	const facts: SituationFact[] = [
		fact('population', input.labels.population, input.population, ''),
		fact('diversity', input.labels.diversity, input.diversityShare, '%'),
		fact('overall', input.labels.overall, input.scores.overall, input.labels.scoreUnit),
		fact('completeness', input.labels.completeness, input.scores.completeness.percent, '%')
	];
	for (const area of q.areas) {
		for (const question of area.questions) {
			if (question.type !== 'numeric_fact' || input.facts[question.code] === undefined) continue;
			facts.push(
				fact(
					question.code,
					t.fact_labels[question.code]?.[lang] ?? question.text[lang],
					input.facts[question.code]!,
					question.unit?.[lang] ?? ''
				)
			);
		}
	}
	return {
		text: t.situation[lang],
		facts,
		topics: SITUATION_TOPICS.map((id) => ({ id, text: '' })),
		overall: input.scores.overall,
		strongest: (input.comparison?.strongest ?? []).map((s) => ({ area: name(s.code), score: s.score })),
		gaps: (input.comparison?.gaps ?? []).map((g) => ({ area: name(g.code), gap: g.gap, mean: g.mean })),
		change: input.comparison?.change ?? null
	};
}
