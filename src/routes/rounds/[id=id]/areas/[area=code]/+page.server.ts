import { fail } from '@sveltejs/kit';
import { answerFromForm } from '$lib/domain/answer-form';
import { commentSchema } from '$lib/domain/validation/round-forms';
import { formAction, userLoad } from '$lib/server/http';
import { areaPage } from '$lib/server/services/area-page';
import { AnswerConflict, saveAnswer } from '$lib/server/services/answers';
import { addComment } from '$lib/server/services/comments';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) =>
		areaPage(db, qs, user, event.params.id, event.params.area, event.url.searchParams.get('history'))
	)) satisfies PageServerLoad;

export const actions = {
	/** The plain-form save, for browsers without JavaScript; with it, the page autosaves through the API. */
	save: (event) =>
		formAction(
			event,
			{ action: 'save', echo: { questionCode: 'questionCode' } },
			({ db, qs, user }, _, form) => {
				const questionCode = String(form.get('questionCode') ?? '');
				const page = areaPage(db, qs, user, event.params.id, event.params.area);
				const question = page.area.questions.find((q) => q.code === questionCode);
				const refuse = (status: 400 | 409, state: Record<string, unknown>) =>
					fail(status, { action: 'save', questionCode, params: {}, ...state });
				if (!question) return refuse(400, { errors: { form: 'error.question_unknown' } });
				const parsed = answerFromForm(question, form);
				if (!parsed.ok) return refuse(400, { errors: { form: parsed.error } });
				try {
					saveAnswer(db, qs, user, event.params.id, questionCode, parsed.save);
				} catch (e) {
					if (!(e instanceof AnswerConflict)) throw e;
					return refuse(409, { errors: { form: e.messageKey }, conflict: e.current, mine: parsed.save });
				}
				return { saved: true };
			}
		),
	comment: (event) =>
		formAction(
			event,
			{ action: 'comment', schema: commentSchema, echo: { questionCode: 'questionCode' } },
			({ db, qs, user }, data) => {
				addComment(db, qs, user, event.params.id, data.questionCode, data.body);
				return { commented: true };
			}
		)
} satisfies Actions;
