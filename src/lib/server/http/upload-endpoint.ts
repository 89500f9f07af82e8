import { json, type RequestEvent } from '@sveltejs/kit';
import { ServiceError } from '../services/errors';
import { contextFor, type RouteContext } from './context';

/**
 * A JSON API call whose body is a file, streamed as sent (never buffered whole): 401 when signed out,
 * refusals as `{ error: messageKey, params }` like jsonEndpoint. The body must be sent as
 * application/octet-stream, a type no other site can post here without the browser asking first.
 */
export async function uploadEndpoint<E extends RequestEvent>(
	event: E,
	run: (ctx: RouteContext<E>, upload: { name: string; body: ReadableStream<Uint8Array> | null }) => unknown
): Promise<Response> {
	if (!event.locals.user) {
		const deactivated = event.locals.sessionEnded === 'deactivated';
		return json({ error: deactivated ? 'error.account_deactivated' : 'error.signed_out' }, { status: 401 });
	}
	if (event.request.headers.get('content-type') !== 'application/octet-stream')
		return json({ error: 'error.invalid' }, { status: 415 });
	let name: string;
	try {
		name = decodeURIComponent(event.request.headers.get('x-file-name') ?? '');
	} catch {
		return json({ error: 'error.invalid' }, { status: 400 });
	}
	const ctx = contextFor(event, event.locals.user);
	try {
		return json(await run(ctx, { name, body: event.request.body }));
	} catch (e) {
		if (e instanceof ServiceError)
			return json({ error: e.messageKey, params: e.params }, { status: e.status });
		throw e;
	}
}
