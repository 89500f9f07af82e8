import { error, type RequestEvent } from '@sveltejs/kit';
import { ServiceError } from '../services/errors';
import { contextFor, requireUser, type Access, type RouteContext } from './context';

/** For loads: a refused service call becomes the matching error page. */
export function loadOrError<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (e instanceof ServiceError) error(e.status, { message: e.messageKey, key: e.messageKey });
		throw e;
	}
}

/** A page load for signed-in users: sign-in check, then the service call, with refusals as error pages. */
export function userLoad<E extends RequestEvent, T>(
	event: E,
	run: (ctx: RouteContext<E>) => T,
	access: Access = {}
): T {
	const ctx = contextFor(event, requireUser(event), access);
	return loadOrError(() => run(ctx));
}
