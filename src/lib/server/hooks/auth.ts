import type { Handle } from '@sveltejs/kit';
import { deleteSessionCookie, readSessionCookie, validateSessionToken } from '../auth';
import { sessionLifetime } from '../config';
import { getDb } from '../db';

/**
 * Reads the session cookie into `locals.user`; an expired or unknown token clears the cookie.
 * A renewal only moves the expiry in the database: the cookie has no expiry of its own to move.
 */
export const handleAuth: Handle = ({ event, resolve }) => {
	const token = readSessionCookie(event.cookies);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = validateSessionToken(getDb(), token, sessionLifetime());
		if (result.session) {
			event.locals.user = result.user;
			event.locals.session = result.session;
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};
