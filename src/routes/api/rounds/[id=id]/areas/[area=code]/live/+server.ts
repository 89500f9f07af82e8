import { streamEndpoint } from '$lib/server/http';
import { openAreaStream } from '$lib/server/services/live-area';
import type { RequestHandler } from './$types';

/**
 * Server-sent events of one area page: presence and saved answers. A reconnecting browser sends
 * Last-Event-ID; a page that had to open a new EventSource passes it as ?after=.
 */
export const GET: RequestHandler = (event) =>
	streamEndpoint(event, ({ db, qs, user }) =>
		openAreaStream(
			db,
			qs,
			user,
			event.params.id,
			event.params.area,
			event.request.headers.get('last-event-id') ?? event.url.searchParams.get('after'),
			event.request.signal
		)
	);
