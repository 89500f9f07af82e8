import type { Translate } from '../../i18n/format';
import { FORMAT_LOCALES } from '../../i18n/locales';
import { DIMENSIONS, type Dimension, type Language } from '../questionnaire/vocabulary';
import { SITUATION_TOPICS, STRATEGY_SECTIONS, type SituationTopic, type StrategySection } from './types';

/**
 * The fixed texts of an exported strategy document (DOCX and Markdown), in the outline's language. The
 * texts live in the message catalogue (keys strategy_export.*); the caller builds this object with
 * strategyLabels() and a translate function of that language, so this module loads no catalogue.
 */
export interface StrategyExportLabels {
	/** Language tag written into the document, e.g. "fi-FI". */
	locale: string;
	coverTitle: string;
	draft: string;
	preparedWith: string;
	/** With {n} and {total}, which the DOCX footer replaces with page fields. */
	page: string;
	sections: Record<StrategySection, string>;
	dimensions: Record<Dimension, string>;
	principles: string;
	facts: string;
	strongest: string;
	gaps: string;
	/** "Education: 81.5 / 100". */
	strongestItem: (area: string, score: number) => string;
	/** "Housing: -14.2 points compared with the peer mean (52)", in the singular for one point. */
	gapItem: (area: string, gap: number, mean: number) => string;
	/** The change of the overall index since the previous round, in points. */
	change: (change: number) => string;
	measure: {
		title: string;
		owner: string;
		partners: string;
		resources: string;
		start: string;
		end: string;
		basedOn: string;
		schedule: string;
		cost: string;
		/** "20 000 € a year". */
		costValue: (amount: number) => string;
		budgetLine: string;
		/** Marks a measure built on a key recommendation of the expert. */
		key: string;
	};
	indicator: {
		name: string;
		source: string;
		baseline: string;
		target: string;
		when: string;
		frequency: string;
		owner: string;
	};
	/** The heading of the list of key measures at the start of the measures section. */
	keyMeasures: string;
	/** "Period: January 2026 – December 2029" on the cover and in the situation picture. */
	period: string;
	/** Headings of the situation picture's checklist topics. */
	topics: Record<SituationTopic, string>;
	/** The questionnaire's area names in this language, so that no area code is ever shown. */
	areaNames: Record<string, string>;
	addedByMunicipality: string;
	noMeasures: string;
	noIndicators: string;
	/** Shown in an empty cell. */
	empty: string;
}

/** A score or a number of points as the outline's language writes it, at most one decimal. */
export function formatNumber(language: Language, value: number, signed = false): string {
	return value.toLocaleString(FORMAT_LOCALES[language], {
		maximumFractionDigits: 1,
		signDisplay: signed ? 'exceptZero' : 'auto'
	});
}

/** The number as written (one decimal at most), so "1.04" picks the form of the "1" it shows. */
const shown = (value: number) => Math.round(value * 10) / 10;

/** The export's texts in a language, from that language's translate function. */
export function strategyLabels(
	language: Language,
	t: Translate,
	areaNames: Record<string, string> = {}
): StrategyExportLabels {
	return {
		locale: FORMAT_LOCALES[language],
		coverTitle: t('strategy_export.cover_title'),
		draft: t('strategy_export.draft'),
		preparedWith: t('strategy_export.prepared_with'),
		page: t('strategy_export.page'),
		sections: Object.fromEntries(
			STRATEGY_SECTIONS.map((s) => [s, t(`strategy_export.section.${s}`)])
		) as Record<StrategySection, string>,
		dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, t(`dimension.${d}`)])) as Record<
			Dimension,
			string
		>,
		principles: t('strategy_export.principles'),
		facts: t('strategy_export.facts'),
		strongest: t('strategy_export.strongest'),
		gaps: t('strategy_export.gaps'),
		strongestItem: (area, score) =>
			t('strategy_export.strongest_item', { area, score: formatNumber(language, score) }),
		gapItem: (area, gap, mean) =>
			t('strategy_export.gap_item', {
				area,
				gap: formatNumber(language, gap, true),
				mean: formatNumber(language, mean),
				count: shown(gap)
			}),
		change: (change) =>
			t('strategy_export.change', { change: formatNumber(language, change, true), count: shown(change) }),
		measure: {
			title: t('strategy_export.measure.title'),
			owner: t('strategy_export.measure.owner'),
			partners: t('strategy_export.measure.partners'),
			resources: t('strategy_export.measure.resources'),
			start: t('strategy_export.measure.start'),
			end: t('strategy_export.measure.end'),
			basedOn: t('strategy_export.measure.based_on'),
			schedule: t('strategy_draft.export.schedule'),
			cost: t('strategy_draft.export.cost'),
			costValue: (amount) =>
				t('strategy_draft.export.cost_value', { amount: formatNumber(language, amount) }),
			budgetLine: t('strategy_draft.export.budget_line'),
			key: t('strategy_draft.export.key')
		},
		indicator: {
			name: t('strategy_export.indicator.name'),
			source: t('strategy_export.indicator.source'),
			baseline: t('strategy_export.indicator.baseline'),
			target: t('strategy_export.indicator.target'),
			when: t('strategy_export.indicator.when'),
			frequency: t('strategy_draft.export.frequency'),
			owner: t('strategy_draft.export.indicator_owner')
		},
		keyMeasures: t('strategy_draft.export.key_measures'),
		period: t('strategy_draft.export.period'),
		topics: Object.fromEntries(SITUATION_TOPICS.map((id) => [id, t(`strategy_draft.topic.${id}`)])) as Record<
			SituationTopic,
			string
		>,
		areaNames,
		addedByMunicipality: t('strategy_export.added_by_municipality'),
		noMeasures: t('strategy_export.no_measures'),
		noIndicators: t('strategy_export.no_indicators'),
		empty: '–'
	};
}

/** "4 Measures": the section's number in the outline and its heading. */
export function sectionHeading(labels: StrategyExportLabels, section: StrategySection): string {
	return `${STRATEGY_SECTIONS.indexOf(section) + 1} ${labels.sections[section]}`;
}

/**
 * What a measure is based on, in words: the index areas of its recommendations (by name, never by code),
 * whether one of them is a key recommendation, or that the municipality added it.
 */
export function measureBasis(
	labels: StrategyExportLabels,
	measure: { recommendationIds: string[]; areaCodes: string[]; key: boolean }
): string {
	const areas = measure.areaCodes.map((code) => labels.areaNames[code]).filter(Boolean);
	if (measure.recommendationIds.length === 0) return [labels.addedByMunicipality, ...areas].join('; ');
	return [areas.join(', '), measure.key ? labels.measure.key : ''].filter(Boolean).join(' · ');
}
