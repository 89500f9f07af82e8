import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE } from '$lib/i18n/locales';
import { localeSchema } from '$lib/domain/validation/account-forms';
import { getDb } from '$lib/server/db';
import { publicFormAction, safeRedirectTarget } from '$lib/server/http';
import { setUserLocale } from '$lib/server/services/users';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => {
	redirect(303, '/dashboard');
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const result = await publicFormAction(event, { schema: localeSchema }, ({ cookies, locals }, data) => {
			cookies.set(LOCALE_COOKIE, data.locale, {
				path: '/',
				maxAge: 365 * 86_400,
				httpOnly: false,
				sameSite: 'lax',
				secure: true
			});
			if (locals.user) setUserLocale(getDb(), locals.user.id, data.locale);
			redirect(303, safeRedirectTarget(data.redirectTo));
		});
		// A tampered form changes nothing; the person simply lands on their dashboard.
		if (result) redirect(303, '/dashboard');
	}
} satisfies Actions;
