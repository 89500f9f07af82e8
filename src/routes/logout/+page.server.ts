import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => {
	redirect(303, '/dashboard');
}) satisfies PageServerLoad;

export const actions = {
	default: ({ locals, cookies }) => {
		if (locals.session) invalidateSession(getDb(), locals.session.id);
		deleteSessionCookie(cookies);
		redirect(303, '/login?signedOut=1');
	}
} satisfies Actions;
