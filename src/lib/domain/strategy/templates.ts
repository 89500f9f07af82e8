import { z } from 'zod';
import { localizedText } from '../questionnaire/schema';

const perDimension = z.strictObject({
	attitudes: localizedText,
	safety: localizedText,
	interaction: localizedText,
	participation: localizedText
});

const key = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: 'must be a lower-case code' });

/** Where an indicator's figure comes from, how often and who reports it. */
const indicatorSource = z.strictObject({
	source: localizedText,
	frequency: localizedText,
	owner: localizedText
});

/** The texts a strategy draft starts from, in every language; written in the questionnaire folder. */
export const strategyTemplatesSchema = z.strictObject({
	title: localizedText,
	vision: localizedText,
	principles: perDimension,
	situation: localizedText,
	objectives: perDimension,
	/** Years from the round to the re-measurement of the indicators. */
	years_to_remeasure: z.number().int().min(1).max(10),
	/** Years the strategy covers from January after the round: normally a council term. */
	term_years: z.number().int().min(1).max(10),
	governance: localizedText,
	links: z.strictObject({ text: localizedText, items: z.array(localizedText).min(1) }),
	follow_up: localizedText,
	/** Owner of a measure whose area has no sector below. */
	default_owner: localizedText,
	/** The municipality's sectors that own measures, with the budget line their costs are paid from. */
	sectors: z.record(key, z.strictObject({ name: localizedText, budget_line: localizedText })),
	/** Typical cooperation partners. */
	partners: z.record(key, localizedText),
	/**
	 * One consolidated measure per area, in the municipality's own voice (fi "Kunta …", sv "Kommunen …"),
	 * with its default owner (a key of sectors) and partners (keys of partners).
	 */
	area_measures: z.record(
		key,
		z.strictObject({
			sector: key,
			partners: z.array(key),
			title: localizedText,
			description: localizedText
		})
	),
	/**
	 * Questions whose recommendation means drafting this very plan: the plan cannot contain a measure
	 * to draft itself, so their recommendations never become measures.
	 */
	excluded_questions: z.array(key),
	/**
	 * Opens the description of a measure drafted from a "don't know" answer: the municipality first finds
	 * out where it stands, then acts.
	 */
	dont_know_note: localizedText.optional(),
	/** Short human labels of the context facts (numeric_fact questions) for the situation picture. */
	fact_labels: z.record(key, localizedText),
	/** The good-relations dimension scores as indicators: re-measured with the index. */
	dimension_indicators: indicatorSource,
	/** Outcome indicators built from the questionnaire's context facts (numeric_fact questions). */
	outcome_indicators: z.array(indicatorSource.extend({ question: key, name: localizedText })).min(1)
});

export type StrategyTemplates = z.infer<typeof strategyTemplatesSchema>;
