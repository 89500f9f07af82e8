import { changePasswordSchema, endSessionSchema } from '$lib/domain/validation/people-forms';
import { setSessionCookie } from '$lib/server/auth';
import { sessionLifetime } from '$lib/server/config';
import { formAction, userLoad } from '$lib/server/http';
import { signInClient, signInLimits } from '$lib/server/sign-in-limits';
import { changePassword, endMySession, listMySessions } from '$lib/server/services/account';
import type { Actions, PageServerLoad } from './$types';

/** A signed-in request always has its session; '' would match none. */
const sessionOf = (locals: App.Locals) => locals.session?.id ?? '';

export const load = ((event) =>
	userLoad(event, ({ db, user, locale }) => ({
		email: user.email,
		name: user.name,
		locale,
		sessions: listMySessions(db, user, sessionOf(event.locals), sessionLifetime())
	}))) satisfies PageServerLoad;

export const actions = {
	password: (event) =>
		formAction(event, { action: 'password', schema: changePasswordSchema }, async ({ db, user }, data) => {
			const { token } = await changePassword(
				db,
				signInLimits(),
				user,
				sessionOf(event.locals),
				data,
				signInClient(event),
				sessionLifetime()
			);
			// This browser continues under a new token; the old one was ended with the others.
			setSessionCookie(event.cookies, token);
			return { saved: 'password' };
		}),
	endSession: (event) =>
		formAction(event, { action: 'endSession', schema: endSessionSchema }, ({ db, user }, data) => {
			endMySession(db, user, sessionOf(event.locals), data.session);
			return { saved: 'session' };
		})
} satisfies Actions;
