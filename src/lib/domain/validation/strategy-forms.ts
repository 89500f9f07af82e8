import { z } from 'zod';
import { STRATEGY_SECTIONS } from '../strategy/types';

export const strategyCommentSchema = z.object({
	section: z.enum(STRATEGY_SECTIONS, { error: 'error.invalid' }),
	body: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.max(4000, { error: 'error.too_long' })
});

/** Only the fields the strategy form always sends; the outline itself is read by outline-form.ts. */
export const strategySaveSchema = z
	.object({
		baseVersion: z.coerce.number().int().min(0),
		// The button pressed: "save", "add_measure", "remove_measure:<id>"…; stored as the version's note.
		op: z.string().max(100).default('save')
	})
	.loose();
