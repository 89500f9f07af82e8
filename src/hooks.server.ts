import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, negotiateLocale } from '$lib/i18n/locales';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';

export const init: ServerInit = () => {
	// Fail at start-up, not on the first request, when the database or a questionnaire file is broken.
	getDb();
	getQuestionnaires();
};

export const handle: Handle = async ({ event, resolve }) => {
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
	const cookieLocale = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookieLocale)
		? cookieLocale
		: isLocale(event.locals.user?.locale)
			? event.locals.user.locale
			: (negotiateLocale(event.request.headers.get('accept-language')) ?? DEFAULT_LOCALE);

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return {
		message: status === 404 ? 'Not found' : 'Internal error',
		key: status === 404 ? 'error.not_found' : 'error.internal'
	};
};
