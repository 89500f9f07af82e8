import { z } from 'zod';
import { STRATEGY_LIMITS } from '../strategy/limits';
import { STRATEGY_SECTIONS } from '../strategy/types';

export const strategyCommentSchema = z.object({
	section: z.enum(STRATEGY_SECTIONS, { error: 'error.invalid' }),
	body: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		// The page shows this with the limit; the textarea's maxlength and counter use the same number.
		.max(STRATEGY_LIMITS.comment, { error: 'error.text_too_long' })
});

/** Only the fields the strategy form always sends; the outline itself is read by outline-form.ts. */
export const strategySaveSchema = z
	.object({
		/** The working draft's revision the editor started from (a stale editor gets a conflict). */
		baseRevision: z.coerce.number().int().min(0),
		// The button pressed: "version" saves a numbered version; "add_measure", "up:<id>"… only edit the draft.
		op: z.string().max(100).default('save'),
		note: z.string().trim().max(STRATEGY_LIMITS.versionNote, { error: 'error.text_too_long' }).default('')
	})
	.loose();
