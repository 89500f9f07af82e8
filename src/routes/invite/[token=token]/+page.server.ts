import { fail, redirect } from '@sveltejs/kit';
import { acceptInvitationExistingSchema, acceptInvitationSchema } from '$lib/domain/validation/account-forms';
import { parseForm } from '$lib/domain/validation/form';
import { setSessionCookie, startSession } from '$lib/server/auth';
import { sessionLifetime } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { publicFormAction } from '$lib/server/http';
import { signInClient, signInLimits } from '$lib/server/sign-in-limits';
import { ServiceError } from '$lib/server/services/errors';
import { acceptInvitation, getInvitation } from '$lib/server/services/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ params }) => {
	try {
		const view = getInvitation(getDb(), params.token);
		return {
			valid: true as const,
			email: view.invitation.email,
			role: view.invitation.role,
			municipalityName: view.municipalityName,
			hasAccount: view.hasAccount
		};
	} catch (e) {
		// An unusable link is an expected situation: explain it on the page rather than as an error page.
		if (e instanceof ServiceError) return { valid: false as const, reason: e.messageKey };
		throw e;
	}
}) satisfies PageServerLoad;

export const actions = {
	// The schema depends on whether the invited address already has an account, so it is chosen inside.
	default: (event) =>
		publicFormAction(event, {}, async (event, _, form) => {
			const { params, cookies, locals } = event;
			const db = getDb();
			const { hasAccount } = getInvitation(db, params.token);
			let userId: string;
			if (hasAccount) {
				const parsed = parseForm(acceptInvitationExistingSchema, form);
				if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors, params: {} });
				const input = { kind: 'existing' as const, password: parsed.data.password };
				userId = await acceptInvitation(
					db,
					params.token,
					input,
					new Date(),
					signInLimits(),
					signInClient(event)
				);
			} else {
				const parsed = parseForm(acceptInvitationSchema, form);
				if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors, params: {} });
				userId = await acceptInvitation(db, params.token, { kind: 'new', ...parsed.data });
			}
			// Whoever was signed in in this browser is signed out; the invited account's sessions
			// elsewhere stay, and this one starts with a fresh token.
			const { token } = startSession(db, userId, { ...sessionLifetime(), replaces: locals.session?.id });
			setSessionCookie(cookies, token);
			redirect(303, '/dashboard?welcome=1');
		})
} satisfies Actions;
