import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/domain/validation/form';
import { flagSchema } from '$lib/domain/validation/review-forms';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, loadOrError, requireUser } from '$lib/server/route-helpers';
import { flagAnswer, returnRound } from '$lib/server/services/review';
import { reviewPage } from '$lib/server/services/review-page';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	return loadOrError(() =>
		reviewPage(getDb(), getQuestionnaires(), user, event.params.id, event.url.searchParams.get('area'))
	);
}) satisfies PageServerLoad;

export const actions = {
	flag: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(flagSchema, form);
		const questionCode = String(form.get('questionCode') ?? '');
		if (!parsed.ok)
			return fail(400, {
				action: 'flag',
				questionCode,
				values: parsed.values,
				errors: parsed.errors,
				params: {}
			});
		try {
			flagAnswer(
				getDb(),
				getQuestionnaires(),
				user,
				event.params.id,
				parsed.data.questionCode,
				parsed.data.flag,
				parsed.data.comment
			);
		} catch (e) {
			return failFrom(e, {}, { action: 'flag', questionCode });
		}
		return { action: 'flag', questionCode, saved: true };
	},
	return: async (event) => {
		const user = requireUser(event);
		try {
			returnRound(getDb(), getQuestionnaires(), user, event.params.id);
		} catch (e) {
			return failFrom(e, {}, { action: 'return' });
		}
		redirect(303, `/review?returned=${event.params.id}`);
	}
} satisfies Actions;
