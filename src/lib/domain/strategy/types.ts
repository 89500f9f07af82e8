import type { Dimension, Language } from '../questionnaire/schema';

/**
 * When a measure is carried out within the council term the strategy covers: the first year, the first two
 * years, or years two to four; 'custom' once someone set other dates. Start and end hold the dates.
 */
export const MEASURE_PHASES = ['year1', 'years1_2', 'years2_4', 'custom'] as const;
export type MeasurePhase = (typeof MEASURE_PHASES)[number];

export interface StrategyMeasure {
	/** Stable across versions and languages: translations, follow-up and diffs refer to it. */
	id: string;
	dimension: Dimension;
	/** The municipality's own commitment ("Kunta …", "Kommunen …"), not an expert's advice. */
	title: string;
	/** What is done, in the municipality's voice; may be empty. */
	description: string;
	/** The responsible sector or office, e.g. "Sivistystoimi". */
	owner: string;
	/** Cooperation partners, one per line or comma-separated. */
	partners: string;
	/** Staff time and other non-monetary resources. */
	resources: string;
	/** Cost estimate in euros per year; null while not estimated. */
	cost: number | null;
	/** The budget line (talousarvion kohta) the cost is paid from. */
	budgetLine: string;
	phase: MeasurePhase;
	/** YYYY-MM, or empty while not decided. */
	start: string;
	end: string;
	/** Based on at least one key recommendation of the expert: listed first in the document. */
	key: boolean;
	/** The first of recommendationIds (kept for older readers); null for a measure the municipality added. */
	recommendationId: string | null;
	/** Every accepted recommendation this measure consolidates. */
	recommendationIds: string[];
	/** The first of areaCodes, or null. */
	areaCode: string | null;
	areaCodes: string[];
	questionCodes: string[];
}

/** What an indicator re-measures: a dimension score, a context fact of the questionnaire, an area score, the overall index, or something the municipality named. */
export const INDICATOR_KINDS = ['dimension', 'fact', 'area', 'overall', 'custom'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface StrategyIndicator {
	id: string;
	kind: IndicatorKind;
	/** The dimension, question or area code it re-measures; empty for 'overall' and 'custom'. */
	ref: string;
	name: string;
	/** The data source in words, e.g. "Tilastokeskus" or "Kouluterveyskysely (THL)". */
	source: string;
	/** How often it is measured, e.g. "vuosittain". */
	frequency: string;
	/** Who reports it. */
	owner: string;
	/** The unit the baseline and target are in, e.g. "/ 100", "%", "henkeä". */
	unit: string;
	/** From the round: the published score or the context fact the working group gave. */
	baseline: number | null;
	/** Set by the working group; null until set (no automatic target). */
	target: number | null;
	/** When it is measured again, e.g. "2028". */
	when: string;
}

/** One context fact of the situation picture; the number is formatted in the reader's language. */
export interface SituationFact {
	/** The question code, or 'population' / 'diversity' / 'overall' / 'completeness'; '' in older versions. */
	code: string;
	label: string;
	/** The value as text: used when number is null (older versions, or a fact that is not a number). */
	value: string;
	number: number | null;
	/** Shown after the number, e.g. "%", "/ 100", "henkeä". */
	unit: string;
}

/** The topics of the situation picture the national planning checklist asks about, edited as free text. */
export const SITUATION_TOPICS = [
	'moving',
	'languages',
	'age',
	'employment',
	'placements',
	'consulted'
] as const;
export type SituationTopic = (typeof SITUATION_TOPICS)[number];

/** A translated text with the text of the strategy's own language it was translated from. */
export interface TranslatedText {
	text: string;
	/** When the original has changed since, the translation is outdated. */
	source: string;
}

export interface StrategyOutline {
	/** The language the strategy is drafted and edited in; the others are translations. */
	language: Language;
	title: string;
	municipality: string;
	year: number;
	/** The months the strategy covers (YYYY-MM), normally a council term. */
	period: { start: string; end: string };
	vision: { text: string; principles: Array<{ dimension: Dimension; text: string }> };
	situation: {
		text: string;
		facts: SituationFact[];
		/** Free text per checklist topic, written by the coordinator. */
		topics: Array<{ id: SituationTopic; text: string }>;
		overall: number | null;
		strongest: Array<{ area: string; score: number }>;
		gaps: Array<{ area: string; gap: number; mean: number }>;
		change: number | null;
	};
	objectives: Array<{ id: string; dimension: Dimension; text: string }>;
	measures: StrategyMeasure[];
	indicators: StrategyIndicator[];
	governance: { text: string };
	links: { text: string; items: string[] };
	followUp: { text: string };
	/** Recommendations whose measure the municipality removed: drafting again does not bring them back. */
	removedRecommendationIds: string[];
	/**
	 * The other languages' texts by path (see translations.ts: "title", "measure.<id>.title", …). A text
	 * without a translation is shown in the strategy's own language and listed as not translated.
	 */
	translations: Partial<Record<Language, Record<string, TranslatedText>>>;
}

export const STRATEGY_SECTIONS = [
	'vision',
	'situation',
	'objectives',
	'measures',
	'indicators',
	'governance',
	'links',
	'followUp'
] as const;
export type StrategySection = (typeof STRATEGY_SECTIONS)[number];
