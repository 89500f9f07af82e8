import { redirect } from '@sveltejs/kit';
import { resetPasswordSchema } from '$lib/domain/validation/account-forms';
import { getDb } from '$lib/server/db';
import { publicFormAction } from '$lib/server/http';
import { ServiceError } from '$lib/server/services/errors';
import { getPasswordReset, resetPassword } from '$lib/server/services/password-reset';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ params, setHeaders }) => {
	// The address holds a live one-time token: no cache keeps the page.
	setHeaders({ 'cache-control': 'no-store' });
	try {
		const { user } = getPasswordReset(getDb(), params.token);
		return { valid: true as const, email: user.email };
	} catch (e) {
		// An unusable link is an expected situation: explain it on the page rather than as an error page.
		if (e instanceof ServiceError) return { valid: false as const, reason: e.messageKey };
		throw e;
	}
}) satisfies PageServerLoad;

export const actions = {
	default: (event) =>
		publicFormAction(event, { schema: resetPasswordSchema }, async (event, data) => {
			// Every session of the account ends, this browser's too if it was signed in as the account.
			await resetPassword(getDb(), event.params.token, data.password);
			redirect(303, '/login?passwordChanged=1');
		})
} satisfies Actions;
