import type { Question } from './schema';

/**
 * Mandatory unless the file says otherwise: scored questions are, context and free text are not. Kept
 * free of zod so the answering page can mark the same questions the submission check asks for.
 */
export function isMandatory(question: Question): boolean {
	return question.mandatory ?? (question.type !== 'numeric_fact' && question.type !== 'text');
}
