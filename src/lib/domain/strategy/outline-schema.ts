import { z } from 'zod';
import { DIMENSIONS, LANGUAGES } from '../questionnaire/vocabulary';
import { INDICATOR_KINDS, MEASURE_PHASES, SITUATION_TOPICS, type StrategyOutline } from './types';

const dimension = z.enum(DIMENSIONS);
const record = (v: unknown): Record<string, unknown> | null =>
	typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** Versions saved before a measure could consolidate several recommendations name one of each. */
const measure = z.preprocess(
	(v) => {
		const m = record(v);
		if (!m) return v;
		return {
			...m,
			recommendationIds: m.recommendationIds ?? (m.recommendationId ? [m.recommendationId] : []),
			areaCodes: m.areaCodes ?? (m.areaCode ? [m.areaCode] : [])
		};
	},
	z.object({
		id: z.string(),
		dimension,
		title: z.string(),
		description: z.string().default(''),
		owner: z.string(),
		partners: z.string(),
		resources: z.string(),
		cost: z.number().nullable().default(null),
		budgetLine: z.string().default(''),
		phase: z.enum(MEASURE_PHASES).default('custom'),
		start: z.string(),
		end: z.string(),
		key: z.boolean().default(false),
		recommendationId: z.string().nullable(),
		recommendationIds: z.array(z.string()),
		areaCode: z.string().nullable(),
		areaCodes: z.array(z.string()),
		questionCodes: z.array(z.string())
	})
);

/** Older versions kept the area code (or "overall") in source; it is now ref, and source is the data source. */
const indicator = z.preprocess(
	(v) => {
		const i = record(v);
		if (!i || 'kind' in i) return v;
		const code = typeof i.source === 'string' ? i.source : '';
		return {
			...i,
			kind: code === 'overall' ? 'overall' : code ? 'area' : 'custom',
			ref: code === 'overall' ? '' : code,
			source: ''
		};
	},
	z.object({
		id: z.string(),
		kind: z.enum(INDICATOR_KINDS),
		ref: z.string(),
		name: z.string(),
		source: z.string(),
		frequency: z.string().default(''),
		owner: z.string().default(''),
		unit: z.string().default(''),
		baseline: z.number().nullable(),
		target: z.number().nullable(),
		when: z.string()
	})
);

const fact = z.object({
	code: z.string().default(''),
	label: z.string(),
	value: z.string().default(''),
	number: z.number().nullable().default(null),
	unit: z.string().default('')
});

const translated = z.record(z.string(), z.object({ text: z.string(), source: z.string() }));

/** A stored strategy version's outline, checked when read back from the database. */
export const outlineSchema = z.object({
	language: z.enum(LANGUAGES),
	title: z.string(),
	municipality: z.string(),
	year: z.number(),
	period: z.object({ start: z.string(), end: z.string() }).default({ start: '', end: '' }),
	vision: z.object({
		text: z.string(),
		principles: z.array(z.object({ dimension, text: z.string() }))
	}),
	situation: z.object({
		text: z.string(),
		facts: z.array(fact),
		// Versions saved before the checklist topics existed get them empty, ready to be written.
		topics: z
			.array(z.object({ id: z.enum(SITUATION_TOPICS), text: z.string() }))
			.default(() => SITUATION_TOPICS.map((id) => ({ id, text: '' }))),
		overall: z.number().nullable(),
		strongest: z.array(z.object({ area: z.string(), score: z.number() })),
		gaps: z.array(z.object({ area: z.string(), gap: z.number(), mean: z.number() })),
		change: z.number().nullable()
	}),
	objectives: z.array(z.object({ id: z.string(), dimension, text: z.string() })),
	measures: z.array(measure),
	indicators: z.array(indicator),
	governance: z.object({ text: z.string() }),
	links: z.object({ text: z.string(), items: z.array(z.string()) }),
	followUp: z.object({ text: z.string() }),
	removedRecommendationIds: z.array(z.string()),
	translations: z
		.object({ en: translated.optional(), fi: translated.optional(), sv: translated.optional() })
		.default({})
}) satisfies z.ZodType<StrategyOutline, unknown>;
