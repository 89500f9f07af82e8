import { fail, redirect } from '@sveltejs/kit';
import { openRoundSchema } from '$lib/domain/validation/round-forms';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { listRounds, openRound } from '$lib/server/services/rounds';
import { can } from '$lib/domain/roles';
import { invitationSchema } from '$lib/domain/validation/account-forms';
import { formValues, parseForm } from '$lib/domain/validation/form';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { failFrom, loadOrError, requireUser } from '$lib/server/route-helpers';
import { createInvitation, listInvitations } from '$lib/server/services/invitations';
import { getMunicipality } from '$lib/server/services/municipalities';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	return loadOrError(() => {
		const view = getMunicipality(getDb(), user, event.params.id);
		const manages = can(view.roles, 'manage_working_group');
		return {
			...view,
			manages,
			invitations: manages ? listInvitations(getDb(), user, event.params.id).filter((i) => !i.usedAt) : [],
			rounds: listRounds(getDb(), user, event.params.id),
			questionnaires: [...getQuestionnaires().values()].map((q) => ({
				id: q.framework.id,
				title: q.framework.title
			})),
			thisYear: new Date().getFullYear()
		};
	});
}) satisfies PageServerLoad;

export const actions = {
	openRound: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(openRoundSchema, form);
		if (!parsed.ok)
			return fail(400, { action: 'openRound', values: parsed.values, errors: parsed.errors, params: {} });
		let roundId: string;
		try {
			roundId = openRound(getDb(), getQuestionnaires(), user, {
				municipalityId: event.params.id,
				...parsed.data
			}).id;
		} catch (e) {
			return failFrom(e, formValues(form), { action: 'openRound' });
		}
		redirect(303, `/rounds/${roundId}`);
	},
	invite: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		form.set('municipalityId', event.params.id);
		const parsed = parseForm(invitationSchema, form);
		if (!parsed.ok)
			return fail(400, { action: 'invite', values: parsed.values, errors: parsed.errors, params: {} });
		try {
			const { token, invitation } = createInvitation(getDb(), user, parsed.data, config().INVITATION_DAYS);
			return {
				action: 'invite',
				invited: { email: invitation.email, link: `${event.url.origin}/invite/${token}` }
			};
		} catch (e) {
			return failFrom(e, formValues(form), { action: 'invite' });
		}
	}
} satisfies Actions;
