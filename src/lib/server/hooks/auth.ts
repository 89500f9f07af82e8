import type { Handle } from '@sveltejs/kit';
import { deleteSessionCookie, readSessionCookie, validateSessionToken } from '../auth';
import { sessionLifetime } from '../config';
import { getDb } from '../db';
import { sessionEndReason } from '../session-endings';

/**
 * Reads the session cookie into `locals.user`; an expired or unknown token clears the cookie, and
 * `locals.sessionEnded` says why when the session was ended from elsewhere.
 * A renewal only moves the expiry in the database: the cookie has no expiry of its own to move.
 */
export const handleAuth: Handle = ({ event, resolve }) => {
	const token = readSessionCookie(event.cookies);
	event.locals.user = null;
	event.locals.session = null;
	event.locals.sessionEnded = null;
	if (token) {
		const result = validateSessionToken(getDb(), token, sessionLifetime());
		if (result.session) {
			event.locals.user = result.user;
			event.locals.session = result.session;
		} else {
			deleteSessionCookie(event.cookies);
			// Ended from elsewhere (deactivated, removed, …): the sign-in page says why.
			event.locals.sessionEnded = sessionEndReason(getDb(), token);
		}
	}
	return resolve(event);
};
