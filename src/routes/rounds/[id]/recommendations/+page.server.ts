import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/domain/validation/form';
import {
	narrativeSchema,
	recommendationAddSchema,
	recommendationEditSchema
} from '$lib/domain/validation/review-forms';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, loadOrError, requireUser } from '$lib/server/route-helpers';
import {
	addRecommendation,
	regenerateRecommendations,
	saveNarrative,
	updateRecommendation
} from '$lib/server/services/recommendations';
import { recommendationsPage } from '$lib/server/services/recommendations-page';
import { publishRound } from '$lib/server/services/review';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	return loadOrError(() => recommendationsPage(getDb(), getQuestionnaires(), user, event.params.id));
}) satisfies PageServerLoad;

export const actions = {
	update: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(recommendationEditSchema, form);
		const id = String(form.get('id') ?? '');
		if (!parsed.ok)
			return fail(400, {
				action: 'update',
				questionCode: id,
				values: parsed.values,
				errors: parsed.errors,
				params: {}
			});
		const { id: _id, ...edit } = parsed.data;
		try {
			updateRecommendation(getDb(), getQuestionnaires(), user, event.params.id, parsed.data.id, edit);
		} catch (e) {
			return failFrom(e, {}, { action: 'update', questionCode: id });
		}
		return { action: 'update', questionCode: id, saved: true };
	},
	add: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(recommendationAddSchema, form);
		const area = String(form.get('areaCode') ?? '');
		if (!parsed.ok)
			return fail(400, {
				action: 'add',
				questionCode: area,
				values: parsed.values,
				errors: parsed.errors,
				params: {}
			});
		try {
			addRecommendation(getDb(), getQuestionnaires(), user, event.params.id, parsed.data);
		} catch (e) {
			return failFrom(e, {}, { action: 'add', questionCode: area });
		}
		return { action: 'add', questionCode: area, saved: true };
	},
	narrative: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(narrativeSchema, form);
		const area = String(form.get('areaCode') ?? '');
		if (!parsed.ok)
			return fail(400, {
				action: 'narrative',
				questionCode: area,
				values: parsed.values,
				errors: parsed.errors,
				params: {}
			});
		try {
			saveNarrative(getDb(), getQuestionnaires(), user, event.params.id, parsed.data);
		} catch (e) {
			return failFrom(e, {}, { action: 'narrative', questionCode: area });
		}
		return { action: 'narrative', questionCode: area, saved: true };
	},
	regenerate: async (event) => {
		const user = requireUser(event);
		try {
			const added = regenerateRecommendations(getDb(), getQuestionnaires(), user, event.params.id);
			return { action: 'regenerate', saved: true, params: { count: added } };
		} catch (e) {
			return failFrom(e, {}, { action: 'regenerate' });
		}
	},
	publish: async (event) => {
		const user = requireUser(event);
		try {
			publishRound(getDb(), getQuestionnaires(), user, event.params.id);
		} catch (e) {
			return failFrom(e, {}, { action: 'publish' });
		}
		redirect(303, `/rounds/${event.params.id}/report?published=1`);
	}
} satisfies Actions;
