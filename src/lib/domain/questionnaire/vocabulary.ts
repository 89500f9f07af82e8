import type { Question, ScoredQuestion } from './schema';

/*
 * The questionnaire's fixed vocabulary, apart from its zod schemas: pages import these, and importing
 * schema.ts would put zod (about 25 kB gzipped) into every page that shows a question.
 */

/** Languages every questionnaire text must be written in. */
export const LANGUAGES = ['en', 'fi', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The four dimensions of the Finnish good-population-relations framework. */
export const DIMENSIONS = ['attitudes', 'safety', 'interaction', 'participation'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function isScored(q: Question): q is ScoredQuestion {
	return q.type === 'single_choice' || q.type === 'yes_partly_no' || q.type === 'multi_select';
}
