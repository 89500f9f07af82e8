import { z } from 'zod';
import { UNDECIDED_CHOICES } from '../review/publish-check';

/** The covering note sent back with a returned round; long enough for a few paragraphs, no more. */
export const RETURN_NOTE_MAX = 2000;

const ids = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
	.pipe(z.array(z.string().min(1).max(64)).max(500, { error: 'error.too_long' }));

export const bulkSchema = z.object({
	ids,
	action: z.enum(['accept', 'reject', 'key', 'unkey'], { error: 'error.invalid' }),
	reason: z.string().trim().max(1000, { error: 'error.too_long' }).default('')
});

export const restOkSchema = z.object({ areaCode: z.string().min(1).max(64) });

export const returnSchema = z.object({
	note: z.string().trim().max(RETURN_NOTE_MAX, { error: 'error.too_long' }).default('')
});

export const publishSchema = z.object({
	choice: z.enum(UNDECIDED_CHOICES, { error: 'error.invalid' }).optional()
});
