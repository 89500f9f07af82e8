import { redirect } from '@sveltejs/kit';
import { loginSchema } from '$lib/domain/validation/account-forms';
import { setSessionCookie } from '$lib/server/auth';
import { config } from '$lib/server/config';
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
			const idleMs = config().SESSION_IDLE_MINUTES * 60_000;
			const result = await signIn(getDb(), signInLimits(), data, signInClient(event), idleMs);
			setSessionCookie(event.cookies, result.token, result.session.expiresAt);
			setDeviceCookie(event.cookies, result.deviceToken);
			redirect(303, safeRedirectTarget(event.url.searchParams.get('redirectTo')));
		})
} satisfies Actions;
