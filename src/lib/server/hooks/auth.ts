import type { Handle } from '@sveltejs/kit';
import { SESSION_COOKIE, deleteSessionCookie, setSessionCookie, validateSessionToken } from '../auth';
import { config } from '../config';
import { getDb } from '../db';

/** Reads the session cookie into `locals.user`; an expired or unknown token clears the cookie. */
export const handleAuth: Handle = ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const idleMs = config().SESSION_IDLE_MINUTES * 60_000;
		const result = validateSessionToken(getDb(), token, idleMs);
		if (result.session) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.renewed) setSessionCookie(event.cookies, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};
