import { z } from 'zod';
import { LANGUAGES } from '../questionnaire/vocabulary';

/** More than any round has recommendations; a hand-made post with more is refused before any lookup. */
export const MAX_CHOSEN = 400;

/** The drafting step: the language to draft in and the chosen recommendations (checkboxes named "rec"). */
export const strategyGenerateSchema = z
	.object({
		language: z.enum(LANGUAGES, { error: 'error.invalid' }),
		// Present when the drafting step was shown; without it every draftable recommendation is used.
		choosing: z.literal('1').optional(),
		// The checkbox "combine the recommendations of each area into one measure"; unticked: absent.
		combine: z.literal('1').optional()
	})
	.loose();

/**
 * The chosen recommendation ids, or null when the form did not offer a choice. Only the first MAX_CHOSEN
 * ids count, and an id longer than any real one matches nothing anyway.
 */
export function chosenFrom(form: FormData): Set<string> | null {
	if (form.get('choosing') !== '1') return null;
	return new Set(
		form
			.getAll('rec')
			.slice(0, MAX_CHOSEN)
			.filter((id): id is string => typeof id === 'string' && id.length <= 64)
	);
}

/**
 * Copies the chosen ids into one field before anything else runs, so that a refused post comes back
 * with what was chosen (a form's echoed values keep one value per name).
 */
export function echoChosen(form: FormData): void {
	form.set(
		'chosen',
		form
			.getAll('rec')
			.slice(0, MAX_CHOSEN)
			.filter((id) => typeof id === 'string')
			.join(' ')
	);
}
