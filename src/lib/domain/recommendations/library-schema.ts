import { z } from 'zod';
import { localizedText, type LocalizedText } from '../questionnaire/schema';

/*
 * The recommendation library: version-independent templates keyed by question code
 * (questionnaires/recommendations/<area>.yaml) and the good-practice library
 * (questionnaires/good-practices.yaml). Server-only: pages get resolved texts, never these schemas.
 */

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });
const code = z
	.string()
	.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and dashes' });

export const practiceSourceSchema = z.strictObject({
	publisher: nonEmpty,
	title: nonEmpty,
	/** Only an address known to exist; most sources are cited by publisher and title alone. */
	url: z.url({ error: 'must be a full web address (https://...)' }).optional()
});

export const goodPracticeEntrySchema = z.strictObject({
	id: code,
	city: nonEmpty,
	country: nonEmpty,
	title: localizedText,
	source: practiceSourceSchema
});
export type GoodPracticeEntry = z.infer<typeof goodPracticeEntrySchema>;

export const goodPracticesFileSchema = z.strictObject({
	practices: z.array(goodPracticeEntrySchema).min(1)
});

/**
 * A rung of the answer below the top. single_choice: an option code; yes_partly_no: `partly` or `no`;
 * multi_select: `none` (no points reached) or `some` (some points, below the threshold).
 */
const levelSchema = z.strictObject({
	when: z.array(code).min(1, { error: 'name at least one answer level' }),
	text: localizedText
});

/**
 * The recommendation as a measure of the strategy, in the municipality's own voice ("The municipality
 * trains…", fi "Kunta kouluttaa…", sv "Kommunen utbildar…"). Optional here so that a library without a
 * strategy needs none; a version with a strategy.yaml requires it of every entry (coverage.ts).
 */
export const measureTemplateSchema = z.strictObject({
	title: localizedText,
	description: localizedText.optional(),
	/** Owner when not the area's sector: a key of strategy.yaml `sectors` (checked in coverage.ts). */
	sector: code.optional()
});
export type MeasureTemplate = z.infer<typeof measureTemplateSchema>;

export const recommendationTemplateSchema = z.strictObject({
	question: code,
	/** Merges this question with the others of the same group into one recommendation. */
	group: code.optional(),
	/** Good-practice ids from good-practices.yaml. */
	practices: z.array(code).default([]),
	levels: z.array(levelSchema).default([]),
	/** Overrides the area's "don't know" advice for this question. */
	dont_know: localizedText.optional(),
	measure: measureTemplateSchema.optional()
});
export type RecommendationTemplate = z.infer<typeof recommendationTemplateSchema>;

export const recommendationGroupSchema = z.strictObject({
	id: code,
	/** The merged recommendation, shown when two or more of the group's questions need one. */
	text: localizedText,
	practices: z.array(code).default([]),
	/** The merged recommendation's measure; a group of one uses its question's own. */
	measure: measureTemplateSchema.optional()
});
export type RecommendationGroup = z.infer<typeof recommendationGroupSchema>;

export const recommendationFileSchema = z.strictObject({
	area: code,
	/** What to do first when the group answered "don't know": who holds the information in this area. */
	dont_know: localizedText,
	groups: z.array(recommendationGroupSchema).default([]),
	recommendations: z.array(recommendationTemplateSchema).default([])
});
export type RecommendationFile = z.infer<typeof recommendationFileSchema>;

/** Everything generation needs, indexed; built by the loader, shared by every questionnaire version. */
export interface RecommendationLibrary {
	practices: Record<string, GoodPracticeEntry>;
	/** By question code. */
	templates: Record<string, RecommendationTemplate & { area: string }>;
	/** By group id, with the area whose file defines the group: its sector owns the merged measure. */
	groups: Record<string, RecommendationGroup & { area?: string }>;
	/** The area's default "don't know" advice, by area code. */
	dontKnow: Record<string, LocalizedText>;
}

export const emptyLibrary = (): RecommendationLibrary => ({
	practices: {},
	templates: {},
	groups: {},
	dontKnow: {}
});
