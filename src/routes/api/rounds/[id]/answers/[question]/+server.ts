import { json } from '@sveltejs/kit';
import { answerSaveSchema } from '$lib/domain/answer-validation';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { AnswerConflict, saveAnswer } from '$lib/server/services/answers';
import { ServiceError } from '$lib/server/services/errors';
import type { RequestHandler } from './$types';

/** Autosave of one answer. 200 with the saved answer only after the commit; 409 with the current one on conflict. */
export const PUT: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) return json({ error: 'error.signed_out' }, { status: 401 });
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json({ error: 'error.invalid' }, { status: 400 });
	}
	const parsed = answerSaveSchema.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const key = issue && issue.message.startsWith('error.') ? issue.message : 'error.invalid';
		return json({ error: key, field: String(issue?.path[0] ?? '') }, { status: 400 });
	}
	try {
		const saved = saveAnswer(
			getDb(),
			getQuestionnaires(),
			locals.user,
			params.id,
			params.question,
			parsed.data
		);
		return json({ answer: saved });
	} catch (e) {
		if (e instanceof AnswerConflict)
			return json({ error: e.messageKey, current: e.current }, { status: 409 });
		if (e instanceof ServiceError)
			return json({ error: e.messageKey, params: e.params }, { status: e.status });
		throw e;
	}
};
