import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { LOCALES, LOCALE_COOKIE } from '$lib/i18n/locales';
import { getDb } from '$lib/server/db';
import { safeRedirectTarget } from '$lib/server/route-helpers';
import { setUserLocale } from '$lib/server/services/users';
import type { Actions, PageServerLoad } from './$types';

const localeForm = z.object({ locale: z.enum(LOCALES), redirectTo: z.string().max(2000).optional() });

export const load = (() => {
	redirect(303, '/dashboard');
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, locals }) => {
		const parsed = localeForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) redirect(303, '/dashboard');
		const { locale, redirectTo } = parsed.data;
		cookies.set(LOCALE_COOKIE, locale, {
			path: '/',
			maxAge: 365 * 86_400,
			httpOnly: false,
			sameSite: 'lax',
			secure: true
		});
		if (locals.user) setUserLocale(getDb(), locals.user.id, locale);
		redirect(303, safeRedirectTarget(redirectTo ?? null));
	}
} satisfies Actions;
