import { DIMENSIONS, LANGUAGES, type Dimension, type Language } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/schema';
import type { ScoreResult } from '../scoring';
import { consolidateMeasures, draftableRecommendations, type DraftRecommendation } from './consolidate';
import { addMonths } from './dates';
import { draftIndicators } from './indicators';
import { draftSituation } from './situation';
import { pruneTranslations, withTranslations } from './translations';
import type { StrategyIndicator, StrategyMeasure, StrategyOutline, TranslatedText } from './types';

export type { DraftRecommendation } from './consolidate';

/** The fixed texts drafting needs in one language, from the message catalogue. */
export interface DraftLabels {
	population: string;
	diversity: string;
	overall: string;
	completeness: string;
	scoreUnit: string;
	dimensionIndicator: Record<Dimension, string>;
}

export interface StrategyInput {
	/** The language the strategy is edited in; the other languages become its translations. */
	language: Language;
	questionnaire: Questionnaire;
	municipality: string;
	round: { year: number; population: number; diversityShare: number };
	scores: ScoreResult;
	/** The round's context facts (numeric_fact answers) by question code. */
	facts: Readonly<Record<string, number>>;
	comparison: {
		strongest: Array<{ code: string; score: number }>;
		gaps: Array<{ code: string; gap: number; mean: number }>;
		change: number | null;
	} | null;
	recommendations: DraftRecommendation[];
	/**
	 * The recommendations the coordinator chose on the drafting step; null: every draftable one (the key
	 * recommendations are preselected on that step, and so is every other accepted one).
	 */
	chosen: ReadonlySet<string> | null;
	/** The coordinator's choice on the drafting step: one measure per area instead of one per recommendation. */
	combineByArea?: boolean;
	labels: Record<Language, DraftLabels>;
}

/** The strategy's term: from the January after the round, term_years long (a council term). */
export function strategyTerm(q: Questionnaire, year: number) {
	const start = `${year + 1}-01`;
	return { start, end: addMonths(start, q.strategy!.term_years * 12 - 1) };
}

/** The recommendations that become measures: draftable and, when the coordinator chose, chosen. */
export function chosenRecommendations(input: StrategyInput): DraftRecommendation[] {
	return draftableRecommendations(input.questionnaire, input.recommendations).filter(
		(r) => input.chosen === null || input.chosen.has(r.id)
	);
}

/** The draft in one language; every language's draft has the same ids, so they line up as translations. */
function draftIn(input: StrategyInput, lang: Language): StrategyOutline {
	const q = input.questionnaire;
	const t = q.strategy!;
	const labels = input.labels[lang];
	const term = strategyTerm(q, input.round.year);
	return {
		language: lang,
		title: t.title[lang],
		municipality: input.municipality,
		year: input.round.year,
		period: term,
		vision: {
			text: t.vision[lang],
			principles: DIMENSIONS.map((d) => ({ dimension: d, text: t.principles[d][lang] }))
		},
		situation: draftSituation({
			language: lang,
			questionnaire: q,
			population: input.round.population,
			diversityShare: input.round.diversityShare,
			scores: input.scores,
			facts: input.facts,
			comparison: input.comparison,
			labels
		}),
		objectives: DIMENSIONS.map((d) => ({ id: `o-${d}`, dimension: d, text: t.objectives[d][lang] })),
		measures: consolidateMeasures({
			language: lang,
			questionnaire: q,
			scores: input.scores,
			term,
			recommendations: chosenRecommendations(input),
			combineByArea: input.combineByArea
		}),
		indicators: draftIndicators({
			language: lang,
			questionnaire: q,
			year: input.round.year,
			scores: input.scores,
			facts: input.facts,
			labels
		}),
		governance: { text: t.governance[lang] },
		links: { text: t.links.text[lang], items: t.links.items.map((i) => i[lang]) },
		followUp: { text: t.follow_up[lang] },
		removedRecommendationIds: [],
		translations: {}
	};
}

/**
 * The first draft of the municipality's programme for promoting integration (Integration Act s. 45): the
 * four good-relations dimensions as its frame, the chosen recommendations as measures in the
 * municipality's own voice (one per recommendation, or one per area when the coordinator combines them), indicators from the dimension scores and context facts, and
 * the situation picture; drafted in the coordinator's language with the other languages as translations.
 */
export function draftStrategy(input: StrategyInput): StrategyOutline {
	if (!input.questionnaire.strategy)
		throw new Error(`questionnaire ${input.questionnaire.framework.id} has no strategy.yaml`);
	const others = LANGUAGES.filter((l) => l !== input.language).map((l) => draftIn(input, l));
	return withTranslations(draftIn(input, input.language), others);
}

/**
 * What drafting again would add to an edited outline: measures of newly accepted recommendations (only
 * those not yet in any measure nor removed) and indicators not yet there. Nothing already there, edited
 * or removed is touched; the translations of what is added come along.
 */
export function mergeNewMeasures(
	current: StrategyOutline,
	fresh: StrategyOutline
): { outline: StrategyOutline; addedMeasures: StrategyMeasure[]; addedIndicators: StrategyIndicator[] } {
	const known = new Set([
		...current.measures.flatMap((m) => m.recommendationIds),
		...current.removedRecommendationIds
	]);
	const ids = new Set(current.measures.map((m) => m.id));
	/** Path prefix in fresh's translations → path prefix in the merged outline. */
	const prefixes = new Map<string, string>();
	const addedMeasures = fresh.measures
		.map((m) => {
			const recommendationIds = m.recommendationIds.filter((id) => !known.has(id));
			// An area that already has a measure gets a second one for its new recommendations.
			const id = ids.has(m.id) ? `${m.id}-${recommendationIds[0] ?? ''}` : m.id;
			return { ...m, id, recommendationIds, recommendationId: recommendationIds[0] ?? null, was: m.id };
		})
		.filter((m) => m.recommendationIds.length > 0 && !ids.has(m.id))
		.map(({ was, ...m }) => {
			prefixes.set(`measure.${was}.`, `measure.${m.id}.`);
			return m;
		});
	const indicatorIds = new Set(current.indicators.map((i) => i.id));
	const addedIndicators = fresh.indicators.filter((i) => !indicatorIds.has(i.id));
	for (const i of addedIndicators) prefixes.set(`indicator.${i.id}.`, `indicator.${i.id}.`);
	const translations: StrategyOutline['translations'] = { ...current.translations };
	for (const lang of LANGUAGES) {
		const added: Array<[string, TranslatedText]> = [];
		for (const [path, text] of Object.entries(fresh.translations[lang] ?? {})) {
			const prefix = [...prefixes.keys()].find((p) => path.startsWith(p));
			if (prefix) added.push([prefixes.get(prefix)! + path.slice(prefix.length), text]);
		}
		if (added.length > 0)
			translations[lang] = { ...(current.translations[lang] ?? {}), ...Object.fromEntries(added) };
	}
	return {
		outline: pruneTranslations({
			...current,
			measures: [...current.measures, ...addedMeasures],
			indicators: [...current.indicators, ...addedIndicators],
			translations
		}),
		addedMeasures,
		addedIndicators
	};
}
