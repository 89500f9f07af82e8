import type { Listener, LiveHub } from './live-hub';

/** A comment every so often keeps proxies from closing a quiet stream and shows the server a dead one. */
export const PING_MS = 20_000;
/**
 * A stream is ended after this long and the browser reconnects, resuming from its last event: the
 * presence of a page whose connection died unnoticed (a laptop put to sleep) lasts at most this long,
 * and a revoked role stops the stream by then at the latest.
 */
export const MAX_STREAM_MS = 5 * 60_000;
/** How long the browser waits before reconnecting. */
const RETRY_MS = 2_000;

const encoder = new TextEncoder();

/** One server-sent event; an empty event name writes a comment line. */
export function formatEvent(event: string, data: unknown, id?: string): string {
	if (!event) return ': ping\n\n';
	return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

type Subscriber = Omit<Listener, 'send'>;

/**
 * The `text/event-stream` response for one page: first what it missed (or `resync` when that cannot be
 * told), then presence and answers as they happen, until the browser goes away or MAX_STREAM_MS passes.
 */
export function eventStream(
	hub: LiveHub,
	who: Subscriber,
	lastEventId: string | null,
	signal: AbortSignal
): Response {
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			let open = true;
			const send = (event: string, data: unknown, id?: string) => {
				if (!open) return;
				try {
					controller.enqueue(encoder.encode(formatEvent(event, data, id)));
				} catch {
					stop();
				}
			};
			const openedAt = Date.now();
			const listener: Listener = { ...who, send };
			controller.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
			if (lastEventId) {
				const missed = hub.missedSince(who, lastEventId);
				if (missed) for (const m of missed) send('answer', m.answer, m.id);
				else send('resync', {}, hub.currentId());
			} else {
				// An id from the start, so a reconnect before any answer still resumes from here.
				send('hello', {}, hub.currentId());
			}
			const unsubscribe = hub.subscribe(listener);
			const ping = setInterval(() => {
				send('', null);
				if (Date.now() - openedAt > MAX_STREAM_MS) stop();
			}, PING_MS);
			stop = () => {
				if (!open) return;
				open = false;
				clearInterval(ping);
				unsubscribe();
				signal.removeEventListener('abort', stop);
				try {
					controller.close();
				} catch {
					// Already closed by the browser going away.
				}
			};
			signal.addEventListener('abort', stop);
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store, no-transform',
			// For a proxy such as nginx: pass the events on at once instead of buffering them.
			'x-accel-buffering': 'no'
		}
	});
}
