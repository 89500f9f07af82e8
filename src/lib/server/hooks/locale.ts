import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, negotiateLocale } from '../../i18n/locales';

/** The page language: the chosen cookie, else the account's, else the browser's, else English. */
export const handleLocale: Handle = ({ event, resolve }) => {
	const cookieLocale = event.cookies.get(LOCALE_COOKIE);
	const accountLocale = event.locals.user?.locale;
	event.locals.locale = isLocale(cookieLocale)
		? cookieLocale
		: isLocale(accountLocale)
			? accountLocale
			: (negotiateLocale(event.request.headers.get('accept-language')) ?? DEFAULT_LOCALE);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};
