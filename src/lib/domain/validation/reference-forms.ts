import { z } from 'zod';

export const referenceCsvSchema = z.object({
	questionnaireId: z.string().trim().max(64).optional(),
	csv: z.string({ error: 'error.required' }).min(1, { error: 'error.required' })
});

export const referenceDeleteSchema = z.object({
	importId: z.string().trim().min(1, { error: 'error.required' }).max(64)
});
