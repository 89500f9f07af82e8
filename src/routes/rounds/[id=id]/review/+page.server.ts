import { redirect } from '@sveltejs/kit';
import { restOkSchema, returnSchema } from '$lib/domain/validation/curation-forms';
import { flagSchema } from '$lib/domain/validation/review-forms';
import { formAction, userLoad } from '$lib/server/http';
import { flagAnswer, returnRound } from '$lib/server/services/review';
import { markRestOk } from '$lib/server/services/review-bulk';
import { reviewPage } from '$lib/server/services/review-page';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) =>
		reviewPage(db, qs, user, event.params.id, event.url.searchParams.get('area'))
	)) satisfies PageServerLoad;

export const actions = {
	flag: (event) =>
		formAction(
			event,
			{ action: 'flag', schema: flagSchema, echo: { questionCode: 'questionCode' } },
			({ db, qs, user }, data) => {
				flagAnswer(db, qs, user, event.params.id, data.questionCode, data.flag, data.comment);
				return { saved: true };
			}
		),
	restOk: (event) =>
		formAction(
			event,
			{ action: 'restOk', schema: restOkSchema, echo: { questionCode: 'areaCode' } },
			({ db, qs, user }, data) => ({
				saved: true,
				params: { count: markRestOk(db, qs, user, event.params.id, data.areaCode) }
			})
		),
	return: (event) =>
		formAction(event, { action: 'return', schema: returnSchema }, ({ db, qs, user }, data) => {
			returnRound(db, qs, user, event.params.id, data.note);
			redirect(303, `/review?returned=${event.params.id}`);
		})
} satisfies Actions;
