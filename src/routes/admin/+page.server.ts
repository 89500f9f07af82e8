import { error, fail } from '@sveltejs/kit';
import { invitationSchema } from '$lib/domain/validation/account-forms';
import { formValues, parseForm } from '$lib/domain/validation/form';
import { municipalitySchema } from '$lib/domain/validation/municipality-form';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { failFrom, requireUser } from '$lib/server/route-helpers';
import { createInvitation, listInvitations } from '$lib/server/services/invitations';
import { createMunicipality, listAllMunicipalities } from '$lib/server/services/municipalities';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function requireAdmin(event: RequestEvent) {
	const user = requireUser(event);
	if (!user.isAdmin) error(404, { message: 'error.not_found', key: 'error.not_found' });
	return user;
}

export const load = ((event) => {
	const user = requireAdmin(event);
	const db = getDb();
	return { municipalities: listAllMunicipalities(db, user), invitations: listInvitations(db, user) };
}) satisfies PageServerLoad;

export const actions = {
	createMunicipality: async (event) => {
		const user = requireAdmin(event);
		const form = await event.request.formData();
		const parsed = parseForm(municipalitySchema, form);
		if (!parsed.ok)
			return fail(400, {
				action: 'createMunicipality',
				values: parsed.values,
				errors: parsed.errors,
				params: {}
			});
		try {
			const m = createMunicipality(getDb(), user, parsed.data);
			return { action: 'createMunicipality', created: m.name };
		} catch (e) {
			return failFrom(e, formValues(form), { action: 'createMunicipality' });
		}
	},
	invite: async (event) => {
		const user = requireAdmin(event);
		const form = await event.request.formData();
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
