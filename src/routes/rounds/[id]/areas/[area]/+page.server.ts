import { fail } from '@sveltejs/kit';
import { answerFromForm } from '$lib/domain/answer-form';
import { parseForm } from '$lib/domain/validation/form';
import { commentSchema } from '$lib/domain/validation/round-forms';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, loadOrError, requireUser } from '$lib/server/route-helpers';
import { areaPage } from '$lib/server/services/area-page';
import { AnswerConflict, saveAnswer } from '$lib/server/services/answers';
import { addComment } from '$lib/server/services/comments';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	return loadOrError(() => areaPage(getDb(), getQuestionnaires(), user, event.params.id, event.params.area));
}) satisfies PageServerLoad;

export const actions = {
	/** The plain-form save, for browsers without JavaScript; with it, the page autosaves through the API. */
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const questionCode = String(form.get('questionCode') ?? '');
		const questionnaires = getQuestionnaires();
		const page = loadOrError(() =>
			areaPage(getDb(), questionnaires, user, event.params.id, event.params.area)
		);
		const question = page.area.questions.find((q) => q.code === questionCode);
		if (!question)
			return fail(400, {
				action: 'save',
				questionCode,
				errors: { form: 'error.question_unknown' as const },
				params: {}
			});
		const parsed = answerFromForm(question, form);
		if (!parsed.ok)
			return fail(400, { action: 'save', questionCode, errors: { form: parsed.error }, params: {} });
		try {
			saveAnswer(getDb(), questionnaires, user, event.params.id, questionCode, parsed.save);
		} catch (e) {
			if (e instanceof AnswerConflict) {
				return fail(409, {
					action: 'save',
					questionCode,
					errors: { form: e.messageKey },
					params: {},
					conflict: e.current,
					mine: parsed.save
				});
			}
			return failFrom(e, {}, { action: 'save', questionCode });
		}
		return { action: 'save', questionCode, saved: true };
	},
	comment: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(commentSchema, form);
		const questionCode = String(form.get('questionCode') ?? '');
		if (!parsed.ok)
			return fail(400, {
				action: 'comment',
				questionCode,
				values: parsed.values,
				errors: parsed.errors,
				params: {}
			});
		try {
			addComment(
				getDb(),
				getQuestionnaires(),
				user,
				event.params.id,
				parsed.data.questionCode,
				parsed.data.body
			);
		} catch (e) {
			return failFrom(e, {}, { action: 'comment', questionCode });
		}
		return { action: 'comment', questionCode, commented: true };
	}
} satisfies Actions;
