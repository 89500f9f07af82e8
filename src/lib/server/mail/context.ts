import type { Locale } from '../../i18n/locales';
import { config, mailSettings } from '../config';

/** What a service needs to write a mail: where links point, and a language for recipients without one. */
export interface MailContext {
	/** The app's public address (ORIGIN), never the Host header of the request. */
	origin: string;
	/** The page language of the person acting, for a recipient who has no language of their own yet. */
	locale: Locale;
}

/** The mail context of a request, or null when SMTP is not configured and nothing is mailed. */
export function mailContext(event: { locals: Pick<App.Locals, 'locale'> }): MailContext | null {
	const settings = mailSettings();
	return settings ? { origin: settings.origin, locale: event.locals.locale } : null;
}

/** Where a link shown on a page points: ORIGIN when set (always in production), else this dev server. */
export function linkOrigin(event: { url: URL }): string {
	const origin = config().ORIGIN;
	return origin ? new URL(origin).origin : event.url.origin;
}
