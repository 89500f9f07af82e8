import { json, type RequestEvent } from '@sveltejs/kit';
import { ServiceError } from '../services/errors';
import { contextFor, type RouteContext } from './context';

/**
 * A stream a script in the page reads (server-sent events): 401 when signed out rather than a redirect
 * to the sign-in page, which EventSource would take for a broken stream; refusals as their status.
 */
export function streamEndpoint<E extends RequestEvent>(
	event: E,
	run: (ctx: RouteContext<E>) => Response
): Response {
	if (!event.locals.user) return json({ error: 'error.signed_out' }, { status: 401 });
	const ctx = contextFor(event, event.locals.user);
	try {
		return run(ctx);
	} catch (e) {
		if (e instanceof ServiceError) return json({ error: e.messageKey }, { status: e.status });
		throw e;
	}
}
