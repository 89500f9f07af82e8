import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/domain/validation/form';
import { assignSchema } from '$lib/domain/validation/round-forms';
import { visibilitySchema } from '$lib/domain/validation/review-forms';
import { setVisibility } from '$lib/server/services/review';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, loadOrError, requireUser } from '$lib/server/route-helpers';
import { roundOverview } from '$lib/server/services/round-overview';
import { assignArea, reopenRound, submitRound } from '$lib/server/services/rounds';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	const questionnaires = getQuestionnaires();
	return loadOrError(() => {
		const overview = roundOverview(getDb(), questionnaires, user, event.params.id);
		const q = questionnaires.get(overview.round.questionnaireId)!;
		return {
			...overview,
			questionnaire: {
				title: q.framework.title,
				areas: q.areas.map((a) => ({ code: a.code, name: a.name, parent: a.parent ?? null }))
			},
			questionTexts: Object.fromEntries(q.areas.flatMap((a) => a.questions.map((x) => [x.code, x.text])))
		};
	});
}) satisfies PageServerLoad;

export const actions = {
	assign: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(assignSchema, form);
		if (!parsed.ok)
			return fail(400, { action: 'assign', values: parsed.values, errors: parsed.errors, params: {} });
		try {
			assignArea(getDb(), getQuestionnaires(), user, event.params.id, parsed.data.area, parsed.data.userIds);
		} catch (e) {
			return failFrom(e, {}, { action: 'assign' });
		}
		return { action: 'assign', saved: parsed.data.area };
	},
	submit: async (event) => {
		const user = requireUser(event);
		try {
			submitRound(getDb(), getQuestionnaires(), user, event.params.id);
		} catch (e) {
			return failFrom(e, {}, { action: 'submit' });
		}
		redirect(303, `/rounds/${event.params.id}?submitted=1`);
	},
	visibility: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(visibilitySchema, await event.request.formData());
		if (!parsed.ok)
			return fail(400, { action: 'visibility', values: parsed.values, errors: parsed.errors, params: {} });
		try {
			setVisibility(getDb(), getQuestionnaires(), user, event.params.id, parsed.data.visibility);
		} catch (e) {
			return failFrom(e, {}, { action: 'visibility' });
		}
		return { action: 'visibility', saved: true };
	},
	reopen: async (event) => {
		const user = requireUser(event);
		try {
			reopenRound(getDb(), getQuestionnaires(), user, event.params.id);
		} catch (e) {
			return failFrom(e, {}, { action: 'reopen' });
		}
		redirect(303, `/rounds/${event.params.id}`);
	}
} satisfies Actions;
