import { z } from 'zod';

export const openRoundSchema = z.object({
	questionnaireId: z.string({ error: 'error.required' }).min(1, { error: 'error.required' }).max(64),
	year: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.transform((v) => Number(v))
		.pipe(
			z
				.number({ error: 'error.number' })
				.int({ error: 'error.whole_number' })
				.min(2000, { error: 'error.year_range' })
				.max(2100, { error: 'error.year_range' })
		)
});

export const assignSchema = z.object({
	area: z.string().min(1).max(64),
	userIds: z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
});

export const commentSchema = z.object({
	questionCode: z.string().min(1).max(64),
	body: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.max(4000, { error: 'error.too_long' })
});
