import { z } from 'zod';
import { MAX_PROGRESS_NOTE, MEASURE_STATUSES } from '../strategy/follow-up';

const measureId = z
	.string({ error: 'error.invalid' })
	.regex(/^[A-Za-z0-9_-]{1,80}$/, { error: 'error.invalid' });

export const measureStatusSchema = z.object({
	measureId,
	status: z.enum(MEASURE_STATUSES, { error: 'error.invalid' })
});

export const progressNoteSchema = z.object({
	measureId,
	body: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.max(MAX_PROGRESS_NOTE, { error: 'error.text_too_long' })
});
