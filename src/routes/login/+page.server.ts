import { redirect } from '@sveltejs/kit';
import { loginSchema } from '$lib/domain/validation/account-forms';
import { parseForm } from '$lib/domain/validation/form';
import { setSessionCookie } from '$lib/server/auth';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { failFrom, safeRedirectTarget } from '$lib/server/route-helpers';
import { signInLimits } from '$lib/server/sign-in-limits';
import { signIn } from '$lib/server/services/sign-in';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(loginSchema, form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors, params: {} });
		let result;
		try {
			result = await signIn(
				getDb(),
				signInLimits(),
				parsed.data,
				event.getClientAddress(),
				config().SESSION_IDLE_MINUTES * 60_000
			);
		} catch (e) {
			return failFrom(e, { email: parsed.data.email });
		}
		setSessionCookie(event.cookies, result.token, result.session.expiresAt);
		redirect(303, safeRedirectTarget(event.url.searchParams.get('redirectTo')));
	}
} satisfies Actions;
