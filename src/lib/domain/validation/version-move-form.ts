import { z } from 'zod';

/** Moving a round to a newer questionnaire version deletes some answers, so the box must be ticked. */
export const versionMoveSchema = z.object({
	confirm: z.literal('yes', { error: 'error.version_move_confirm' })
});
