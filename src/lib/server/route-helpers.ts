import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from './auth';
import type { MessageKey } from '../i18n/translate';
import { ServiceError } from './services/errors';

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return event.locals.user;
}

/** For loads: a refused service call becomes the matching error page. */
export function loadOrError<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (e instanceof ServiceError) error(e.status, { message: e.messageKey, key: e.messageKey });
		throw e;
	}
}

/** For actions: a refused service call becomes fail() with the message under its field. */
export function failFrom<X extends Record<string, unknown>>(
	e: unknown,
	values: Record<string, string> = {},
	extra?: X
) {
	if (e instanceof ServiceError) {
		const errors: Partial<Record<string, MessageKey>> = { [e.field ?? 'form']: e.messageKey };
		return fail(e.status, { ...(extra as X), values, errors, params: e.params ?? {} });
	}
	throw e;
}

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
export function safeRedirectTarget(target: string | null): string {
	return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
		? target
		: '/dashboard';
}
