import { z } from 'zod';
import { DIMENSIONS, LANGUAGES } from '../questionnaire/vocabulary';
import type { StrategyOutline } from './types';

const dimension = z.enum(DIMENSIONS);

const measure = z.object({
	id: z.string(),
	dimension,
	title: z.string(),
	owner: z.string(),
	partners: z.string(),
	resources: z.string(),
	start: z.string(),
	end: z.string(),
	recommendationId: z.string().nullable(),
	areaCode: z.string().nullable(),
	questionCodes: z.array(z.string())
});

const indicator = z.object({
	id: z.string(),
	name: z.string(),
	source: z.string(),
	baseline: z.number().nullable(),
	target: z.number().nullable(),
	when: z.string()
});

/** A stored strategy version's outline, checked when read back from the database. */
export const outlineSchema = z.object({
	language: z.enum(LANGUAGES),
	title: z.string(),
	municipality: z.string(),
	year: z.number(),
	vision: z.object({
		text: z.string(),
		principles: z.array(z.object({ dimension, text: z.string() }))
	}),
	situation: z.object({
		text: z.string(),
		facts: z.array(z.object({ label: z.string(), value: z.string() })),
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
	removedRecommendationIds: z.array(z.string())
}) satisfies z.ZodType<StrategyOutline>;
