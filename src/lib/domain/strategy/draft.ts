import { DIMENSIONS, isScored, type Dimension, type Language } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/schema';
import type { ScoreResult } from '../scoring';
import { FORMAT_LOCALES } from '../../i18n/locales';
import type { StrategyIndicator, StrategyMeasure, StrategyOutline } from './types';

export interface AcceptedRecommendation {
	id: string;
	areaCode: string;
	questionCode: string | null;
	/** Every question a merged (group) recommendation covers; absent means just questionCode. */
	questionCodes?: string[];
	dimensions: Dimension[];
	/** Already in the draft's language: the expert's wording or the template. */
	text: string;
	status: 'proposed' | 'accepted' | 'rejected';
}

export interface StrategyInput {
	language: Language;
	questionnaire: Questionnaire;
	municipality: string;
	round: {
		year: number;
		population: number;
		diversityShare: number;
		diversityMeasure: 'foreign_born' | 'foreign_language';
	};
	scores: ScoreResult;
	comparison: {
		strongest: Array<{ code: string; score: number }>;
		gaps: Array<{ code: string; gap: number; mean: number }>;
		change: number | null;
	} | null;
	recommendations: AcceptedRecommendation[];
	labels: { population: string; diversity: string; overall: string; completeness: string };
}

const addMonths = (yyyymm: string, months: number) => {
	const [y, m] = yyyymm.split('-').map(Number) as [number, number];
	const total = y * 12 + (m - 1) + months;
	return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};

/** The dimension most of an area's scored questions serve, for measures that do not name one. */
function areaDimension(q: Questionnaire, areaCode: string): Dimension {
	const counts = new Map<Dimension, number>();
	for (const question of q.areas.find((a) => a.code === areaCode)?.questions.filter(isScored) ?? []) {
		for (const d of question.dimensions) counts.set(d, (counts.get(d) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'participation';
}

export function measureFor(input: StrategyInput, rec: AcceptedRecommendation): StrategyMeasure {
	const t = input.questionnaire.strategy!;
	const start = `${input.round.year + 1}-01`;
	return {
		id: `m-${rec.id}`,
		dimension: rec.dimensions[0] ?? areaDimension(input.questionnaire, rec.areaCode),
		title: rec.text,
		owner: t.default_owner[input.language],
		partners: '',
		resources: '',
		start,
		end: addMonths(start, t.measure_duration_months - 1),
		recommendationId: rec.id,
		areaCode: rec.areaCode,
		questionCodes: rec.questionCodes ?? (rec.questionCode ? [rec.questionCode] : [])
	};
}

export function indicatorFor(input: StrategyInput, source: string): StrategyIndicator {
	const rule = input.questionnaire.strategy!.indicator_target_rule;
	const baseline = source === 'overall' ? input.scores.overall : (input.scores.areas[source]?.score ?? null);
	const area = input.questionnaire.areas.find((a) => a.code === source);
	return {
		id: `i-${source}`,
		name: area ? area.name[input.language] : input.labels.overall,
		source,
		baseline,
		target: baseline === null ? null : Math.min(100, Math.round((baseline + rule.improvement) * 10) / 10),
		when: String(input.round.year + rule.years_to_remeasure)
	};
}

/**
 * The first draft of a local integration strategy: the four good-relations dimensions as its frame,
 * one measure per accepted recommendation (rejected and still-proposed ones are left out), and an
 * indicator per area those measures address, with this round's scores as baselines.
 */
export function draftStrategy(input: StrategyInput): StrategyOutline {
	const t = input.questionnaire.strategy;
	if (!t) throw new Error(`questionnaire ${input.questionnaire.framework.id} has no strategy.yaml`);
	const lang = input.language;
	const name = (code: string) => input.questionnaire.areas.find((a) => a.code === code)?.name[lang] ?? code;
	const fmt = (n: number) => n.toLocaleString(FORMAT_LOCALES[lang], { maximumFractionDigits: 1 });
	const accepted = input.recommendations.filter((r) => r.status === 'accepted');
	const measures = accepted
		.map((r) => measureFor(input, r))
		.sort((a, b) => DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension));
	const areas = [...new Set(accepted.map((r) => r.areaCode))];
	return {
		language: lang,
		title: t.title[lang],
		municipality: input.municipality,
		year: input.round.year,
		vision: {
			text: t.vision[lang],
			principles: DIMENSIONS.map((d) => ({ dimension: d, text: t.principles[d][lang] }))
		},
		situation: {
			text: t.situation[lang],
			facts: [
				{
					label: input.labels.population,
					value: input.round.population.toLocaleString(FORMAT_LOCALES[lang])
				},
				{ label: input.labels.diversity, value: `${fmt(input.round.diversityShare)} %` },
				{
					label: input.labels.overall,
					value: input.scores.overall === null ? '–' : `${fmt(input.scores.overall)} / 100`
				},
				{ label: input.labels.completeness, value: `${fmt(input.scores.completeness.percent)} %` }
			],
			overall: input.scores.overall,
			strongest: (input.comparison?.strongest ?? []).map((s) => ({ area: name(s.code), score: s.score })),
			gaps: (input.comparison?.gaps ?? []).map((g) => ({ area: name(g.code), gap: g.gap, mean: g.mean })),
			change: input.comparison?.change ?? null
		},
		objectives: DIMENSIONS.map((d) => ({ id: `o-${d}`, dimension: d, text: t.objectives[d][lang] })),
		measures,
		indicators: [indicatorFor(input, 'overall'), ...areas.map((a) => indicatorFor(input, a))],
		governance: { text: t.governance[lang] },
		links: { text: t.links.text[lang], items: t.links.items.map((i) => i[lang]) },
		followUp: { text: t.follow_up[lang] },
		removedRecommendationIds: []
	};
}

/**
 * What drafting again would add to an edited outline: measures of newly accepted recommendations and
 * indicators of the areas they address. Nothing already there, edited or removed is touched.
 */
export function mergeNewMeasures(
	current: StrategyOutline,
	fresh: StrategyOutline
): { outline: StrategyOutline; addedMeasures: StrategyMeasure[]; addedIndicators: StrategyIndicator[] } {
	const known = new Set([
		...current.measures.map((m) => m.recommendationId),
		...current.removedRecommendationIds
	]);
	const addedMeasures = fresh.measures.filter((m) => m.recommendationId && !known.has(m.recommendationId));
	const sources = new Set(current.indicators.map((i) => i.source));
	const addedIndicators = fresh.indicators.filter(
		(i) => !sources.has(i.source) && addedMeasures.some((m) => m.areaCode === i.source)
	);
	return {
		outline: {
			...current,
			measures: [...current.measures, ...addedMeasures],
			indicators: [...current.indicators, ...addedIndicators]
		},
		addedMeasures,
		addedIndicators
	};
}
