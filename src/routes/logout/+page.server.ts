import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => {
	redirect(303, '/dashboard');
}) satisfies PageServerLoad;

export const actions = {
	// Signing out needs no sign-in check: a stale tab should still clear its cookie.
	default: ({ locals, cookies }) => {
		if (locals.session) invalidateSession(getDb(), locals.session.id);
		deleteSessionCookie(cookies);
		redirect(303, '/login?signedOut=1');
	}
} satisfies Actions;
