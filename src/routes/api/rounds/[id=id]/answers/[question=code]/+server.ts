import { answerSaveSchema } from '$lib/domain/answer-validation';
import { jsonEndpoint } from '$lib/server/http';
import { autosaveAnswer } from '$lib/server/services/answers';
import type { RequestHandler } from './$types';

/**
 * Autosave of one answer. 200 with the saved answer only after the commit (saves arriving together
 * share one); 409 with the current one on conflict; a retry with a committed save's id gets its result.
 */
export const PUT: RequestHandler = (event) =>
	jsonEndpoint(event, answerSaveSchema, async ({ db, qs, user }, data) => ({
		answer: await autosaveAnswer(db, qs, user, event.params.id, event.params.question, data)
	}));
