import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Locale } from '../../i18n/locales';
import type { SessionUser } from '../auth';
import { getDb } from '../db';
import type { Db } from '../db/client';
import { getQuestionnaires } from '../questionnaires';

/** What every route handler works with: the request, the signed-in user and the app's stores. */
export interface RouteContext<E extends RequestEvent = RequestEvent> {
	event: E;
	user: SessionUser;
	db: Db;
	qs: Map<string, Questionnaire>;
	locale: Locale;
}

export interface Access {
	/** Only platform administrators; others get 404, so the page's existence is not revealed. */
	admin?: boolean;
}

/**
 * The signed-in user, or a redirect to sign-in that comes back here afterwards and, when the session was
 * ended from elsewhere (the account deactivated, say), tells the sign-in page why.
 */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) {
		const back = event.url.pathname + event.url.search;
		const ended = event.locals.sessionEnded ? `&ended=${event.locals.sessionEnded}` : '';
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}${ended}`);
	}
	return event.locals.user;
}

export function contextFor<E extends RequestEvent>(event: E, user: SessionUser, access: Access = {}) {
	if (access.admin && !user.isAdmin) error(404, { message: 'error.not_found', key: 'error.not_found' });
	return { event, user, db: getDb(), qs: getQuestionnaires(), locale: event.locals.locale };
}
