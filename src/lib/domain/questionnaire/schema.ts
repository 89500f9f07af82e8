import { z } from 'zod';

import { DIMENSIONS, LANGUAGES } from './vocabulary';

export { DIMENSIONS, LANGUAGES, isScored, type Dimension, type Language } from './vocabulary';

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** A text in all three languages; a missing language is an error, so no user ever sees a gap. */
export const localizedText = z.strictObject({ en: nonEmpty, fi: nonEmpty, sv: nonEmpty });
export type LocalizedText = z.infer<typeof localizedText>;

const code = z
	.string()
	.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and dashes' });

const optionSchema = z.strictObject({
	code,
	label: localizedText,
	points: z.number().min(0, { error: 'points must be 0 or more' }),
	/** Choosing it clears the others (e.g. "none of these"). */
	exclusive: z.boolean().optional()
});
export type QuestionOption = z.infer<typeof optionSchema>;

/** Ask the question only when an earlier question of the same area was (`in`) or was not (`not_in`) answered so. */
const showIfSchema = z
	.strictObject({
		question: code,
		in: z.array(code).min(1).optional(),
		not_in: z.array(code).min(1).optional()
	})
	.refine((c) => (c.in === undefined) !== (c.not_in === undefined), {
		error: 'show_if needs exactly one of in or not_in'
	});

const questionBase = {
	code,
	show_if: showIfSchema.optional(),
	text: localizedText,
	help: localizedText.optional(),
	mandatory: z.boolean().optional(),
	evidence_expected: z.boolean().default(false),
	allow_not_applicable: z.boolean().default(false),
	allow_dont_know: z.boolean().default(true)
};

const scoredBase = {
	...questionBase,
	/* Recommendations and good practices live in questionnaires/recommendations, keyed by question code. */
	dimensions: z.array(z.enum(DIMENSIONS)).min(1, { error: 'a scored question needs at least one dimension' })
};

const singleChoice = z.strictObject({
	...scoredBase,
	type: z.literal('single_choice'),
	options: z.array(optionSchema).min(2, { error: 'needs at least two options' })
});

const yesPartlyNo = z.strictObject({
	...scoredBase,
	type: z.literal('yes_partly_no'),
	/** Points of the three built-in answers; labels come from the app's own translations. */
	points: z
		.strictObject({ yes: z.number().min(0), partly: z.number().min(0), no: z.number().min(0) })
		.default({ yes: 2, partly: 1, no: 0 })
});

const multiSelect = z.strictObject({
	...scoredBase,
	type: z.literal('multi_select'),
	options: z.array(optionSchema).min(2, { error: 'needs at least two options' }),
	/** Points above the cap are not counted; without a cap the maximum is the sum of all options. */
	cap: z.number().positive().optional()
});

const numericFact = z.strictObject({
	...questionBase,
	type: z.literal('numeric_fact'),
	unit: localizedText.optional(),
	min: z.number().optional(),
	max: z.number().optional()
});

const freeText = z.strictObject({
	...questionBase,
	type: z.literal('text')
});

export const questionSchema = z.discriminatedUnion('type', [
	singleChoice,
	yesPartlyNo,
	multiSelect,
	numericFact,
	freeText
]);
export type Question = z.infer<typeof questionSchema>;
export type ScoredQuestion = Extract<Question, { type: 'single_choice' | 'yes_partly_no' | 'multi_select' }>;
export type QuestionType = Question['type'];

export const areaFileSchema = z.strictObject({
	area: code,
	questions: z.array(questionSchema).min(1, { error: 'an area file needs at least one question' })
});
export type AreaFile = z.infer<typeof areaFileSchema>;

const areaSchema = z.strictObject({
	code,
	name: localizedText,
	description: localizedText.optional(),
	/** Code of the composite area this one belongs to (the intercultural lens). */
	parent: code.optional(),
	kind: z.enum(['core', 'optional']),
	/** Weight in the overall index; sub-areas of a composite share their parent's weight. */
	weight: z.number().min(0).default(1),
	order: z.number().int(),
	/** A composite area has no questions of its own: its score is the mean of its sub-areas. */
	composite: z.boolean().default(false)
});
export type AreaDefinition = z.infer<typeof areaSchema>;

const bandSchema = z.strictObject({
	code,
	label: localizedText,
	/** Lower limit, inclusive. */
	min: z.number().min(0),
	/** Upper limit, exclusive; the last band has none. */
	max: z.number().positive().optional()
});
export type Band = z.infer<typeof bandSchema>;

export const frameworkSchema = z.strictObject({
	id: code,
	version: nonEmpty,
	/** Id of the earlier version this one replaces; its folder's mapping.yaml says how questions carry over. */
	supersedes: code.optional(),
	title: localizedText,
	description: localizedText,
	languages: z.array(z.enum(LANGUAGES)).min(1),
	/** Where the questionnaire's structure comes from, shown on the methodology page in the page language. */
	source: localizedText,
	licence: localizedText,
	scoring: z
		.strictObject({
			/** Whether optional areas enter the overall index. */
			include_optional_in_overall: z.boolean().default(false),
			/** Score at or below which an area counts as a weakness in recommendations. */
			low_score_threshold: z.number().min(0).max(100).default(50)
		})
		.prefault({}),
	peer_bands: z.strictObject({
		population: z.array(bandSchema).min(2),
		diversity: z.array(bandSchema).min(2),
		/**
		 * Bands of one country (ISO code), used when the compared municipality is in it: Finland's
		 * municipalities are small, so its size bands are finer than the ICC-wide ones.
		 */
		countries: z
			.record(
				z.string().regex(/^[A-Z]{2}$/, { error: 'a country is a two-letter ISO code, e.g. FI' }),
				z.strictObject({
					population: z.array(bandSchema).min(2).optional(),
					diversity: z.array(bandSchema).min(2).optional()
				})
			)
			.default({})
	}),
	comparison: z
		.strictObject({
			/** How many municipalities the "most similar" group holds. */
			similar_count: z.number().int().min(2).max(100).default(10),
			/** Below this share of answered questions (%), a round gets no rank and no strongest/weakest list. */
			min_completeness: z.number().min(0).max(100).default(80)
		})
		.prefault({}),
	areas: z.array(areaSchema).min(1)
});
export type Framework = z.infer<typeof frameworkSchema>;

/** A questionnaire version as the app uses it: the framework with the questions of every area attached. */
export interface Questionnaire {
	framework: Framework;
	/** Texts for drafting the local integration strategy (strategy.yaml), when the version has them. */
	strategy?: import('../strategy/templates').StrategyTemplates;
	/** How the questions of the version this one supersedes map to it (mapping.yaml). */
	mapping?: import('./mapping').VersionMapping;
	areas: Array<AreaDefinition & { questions: Question[] }>;
	/** Recommendation templates and good practices (questionnaires/recommendations), shared by versions. */
	library?: import('../recommendations/library-schema').RecommendationLibrary;
}
export type QuestionnaireArea = Questionnaire['areas'][number];
