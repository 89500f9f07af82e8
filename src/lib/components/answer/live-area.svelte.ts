import type { ServerAnswer } from './answer-draft.svelte';

export type LiveAnswer = ServerAnswer & { questionCode: string };

interface Handlers {
	/** An answer saved on this area (by anyone, this person's other tabs included). */
	answer: (answer: LiveAnswer) => void;
	/** Events were missed and cannot be replayed (the server restarted, say): reload the answers. */
	resync: () => void;
}

/** How long to wait before opening a new stream when the browser has given up on one (429, 401, 404). */
const REOPEN_MS = 30_000;

/**
 * The area page's live connection (server-sent events): who else is on the area now, and answers as
 * colleagues save them. EventSource reconnects by itself after a dropped connection and sends the last
 * event id, so the server replays what was missed; when the browser has closed the stream for good, a
 * new one is opened later, or at once when the page becomes visible again (after sleep), resuming with
 * ?after=. Without EventSource, or when the server refuses, the page works as before, just not live.
 */
export class LiveArea {
	/** Names of the others on this area now. */
	others = $state<string[]>([]);
	private source: EventSource | null = null;
	private lastId: string | null = null;
	private reopen: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly url: string,
		private readonly handlers: Handlers
	) {}

	/** Connects; returns the function that disconnects (for onMount). */
	start(): () => void {
		if (typeof EventSource === 'undefined') return () => {};
		const wake = () => {
			if (document.visibilityState === 'visible' && this.source?.readyState === EventSource.CLOSED)
				this.open();
		};
		document.addEventListener('visibilitychange', wake);
		window.addEventListener('online', wake);
		this.open();
		return () => {
			document.removeEventListener('visibilitychange', wake);
			window.removeEventListener('online', wake);
			clearTimeout(this.reopen);
			this.source?.close();
			this.source = null;
		};
	}

	private open(): void {
		clearTimeout(this.reopen);
		this.source?.close();
		const url = this.lastId ? `${this.url}?after=${encodeURIComponent(this.lastId)}` : this.url;
		const source = (this.source = new EventSource(url));
		const remember = (e: MessageEvent) => {
			if (e.lastEventId) this.lastId = e.lastEventId;
		};
		source.addEventListener('hello', remember);
		source.addEventListener('answer', (e) => {
			remember(e);
			this.handlers.answer(JSON.parse(e.data) as LiveAnswer);
		});
		source.addEventListener('resync', (e) => {
			remember(e);
			this.handlers.resync();
		});
		source.addEventListener('presence', (e) => {
			this.others = (JSON.parse(e.data) as { others: string[] }).others;
		});
		source.addEventListener('error', () => {
			if (source.readyState !== EventSource.CLOSED) return; // reconnecting by itself
			this.others = [];
			this.reopen = setTimeout(() => this.open(), REOPEN_MS);
		});
	}
}
