import { fail } from '@sveltejs/kit';
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
			invitations: manages ? listInvitations(getDb(), user, event.params.id).filter((i) => !i.usedAt) : []
		};
	});
}) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		form.set('municipalityId', event.params.id);
		const parsed = parseForm(invitationSchema, form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors, params: {} });
		try {
			const { token, invitation } = createInvitation(getDb(), user, parsed.data, config().INVITATION_DAYS);
			return { invited: { email: invitation.email, link: `${event.url.origin}/invite/${token}` } };
		} catch (e) {
			return failFrom(e, formValues(form));
		}
	}
} satisfies Actions;
