import { answerSaveSchema } from '$lib/domain/answer-validation';
import { jsonEndpoint } from '$lib/server/http';
import { saveAnswer } from '$lib/server/services/answers';
import type { RequestHandler } from './$types';

/** Autosave of one answer. 200 with the saved answer only after the commit; 409 with the current one on conflict. */
export const PUT: RequestHandler = (event) =>
	jsonEndpoint(event, answerSaveSchema, ({ db, qs, user }, data) => ({
		answer: saveAnswer(db, qs, user, event.params.id, event.params.question, data)
	}));
