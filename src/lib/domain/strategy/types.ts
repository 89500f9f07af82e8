import type { Dimension, Language } from '../questionnaire/schema';

export interface StrategyMeasure {
	id: string;
	dimension: Dimension;
	title: string;
	owner: string;
	partners: string;
	resources: string;
	/** YYYY-MM, or empty while not decided. */
	start: string;
	end: string;
	/** The accepted recommendation it comes from; null for a measure the municipality added. */
	recommendationId: string | null;
	areaCode: string | null;
	questionCodes: string[];
}

export interface StrategyIndicator {
	id: string;
	name: string;
	/** What is re-measured: a question code or an area code of the questionnaire. */
	source: string;
	baseline: number | null;
	target: number | null;
	/** When it is measured again, e.g. "2028". */
	when: string;
}

export interface StrategyOutline {
	language: Language;
	title: string;
	municipality: string;
	year: number;
	vision: { text: string; principles: Array<{ dimension: Dimension; text: string }> };
	situation: {
		text: string;
		facts: Array<{ label: string; value: string }>;
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
