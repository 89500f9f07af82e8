import { redirect } from '@sveltejs/kit';
import { loginSchema } from '$lib/domain/validation/account-forms';
import { setSessionCookie } from '$lib/server/auth';
import { sessionLifetime } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { publicFormAction, safeRedirectTarget } from '$lib/server/http';
import { setDeviceCookie, signInClient, signInLimits } from '$lib/server/sign-in-limits';
import { signIn } from '$lib/server/services/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: (event) =>
		publicFormAction(event, { schema: loginSchema }, async (event, data) => {
			// Signing in while signed in (a stale tab, another account) ends the request's session first.
			const session = { ...sessionLifetime(), replaces: event.locals.session?.id };
			const result = await signIn(getDb(), signInLimits(), data, signInClient(event), session);
			setSessionCookie(event.cookies, result.token);
			setDeviceCookie(event.cookies, result.deviceToken);
			redirect(303, safeRedirectTarget(event.url.searchParams.get('redirectTo')));
		})
} satisfies Actions;
