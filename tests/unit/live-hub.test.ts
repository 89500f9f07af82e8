import { describe, expect, it, vi } from 'vitest';
import { LiveHub, REPLAY_EVENTS, type Listener } from '../../src/lib/server/live/live-hub';
import { eventStream, formatEvent, MAX_STREAM_MS, PING_MS } from '../../src/lib/server/live/event-stream';

type Sent = Array<{ event: string; data: unknown; id?: string }>;

function listener(userId: string, areaCode = 'commitment', roundId = 'r1') {
	const sent: Sent = [];
	const l: Listener = {
		userId,
		name: `Name ${userId}`,
		roundId,
		areaCode,
		codes: new Set(areaCode === 'commitment' ? ['c1', 'c2'] : ['e1']),
		send: (event, data, id) => sent.push({ event, data, id })
	};
	return { l, sent };
}

const answer = (questionCode: string, version = 1) => ({
	questionCode,
	value: { kind: 'option', option: 'yes' },
	justification: '',
	evidence: [],
	version,
	updatedByName: 'Sara',
	updatedAt: '2026-11-22T10:00:00.000Z'
});

describe('LiveHub', () => {
	it('tells everyone on an area who else is there, and again when someone leaves', () => {
		const hub = new LiveHub();
		const a = listener('a');
		const b = listener('b');
		const elsewhere = listener('c', 'education');
		hub.subscribe(a.l);
		hub.subscribe(elsewhere.l);
		const leave = hub.subscribe(b.l);
		expect(a.sent.at(-1)).toEqual({ event: 'presence', data: { others: ['Name b'] }, id: undefined });
		expect(b.sent.at(-1)?.data).toEqual({ others: ['Name a'] });
		expect(elsewhere.sent.at(-1)?.data).toEqual({ others: [] });
		leave();
		expect(a.sent.at(-1)?.data).toEqual({ others: [] });
	});

	it('sends a saved answer only to the pages of its round and area', () => {
		const hub = new LiveHub();
		const here = listener('a');
		const otherArea = listener('b', 'education');
		const otherRound = listener('c', 'commitment', 'r2');
		for (const x of [here, otherArea, otherRound]) hub.subscribe(x.l);
		hub.publishAnswer('r1', answer('c1'));
		expect(here.sent.filter((s) => s.event === 'answer')).toHaveLength(1);
		expect(otherArea.sent.filter((s) => s.event === 'answer')).toHaveLength(0);
		expect(otherRound.sent.filter((s) => s.event === 'answer')).toHaveLength(0);
	});

	it('refuses a stream past the per-person and the total limits', () => {
		const hub = new LiveHub(2, 3);
		hub.subscribe(listener('a').l);
		hub.subscribe(listener('a').l);
		expect(hub.hasRoomFor('a')).toBe(false);
		expect(hub.hasRoomFor('b')).toBe(true);
		hub.subscribe(listener('b').l);
		expect(hub.hasRoomFor('b')).toBe(false);
	});

	it('replays what a reconnecting page missed, and asks for a reload when that cannot be told', () => {
		const hub = new LiveHub();
		const start = hub.currentId();
		hub.publishAnswer('r1', answer('c1', 1));
		hub.publishAnswer('r1', answer('e1', 1));
		hub.publishAnswer('r1', answer('c2', 1));
		const page = { roundId: 'r1', codes: new Set(['c1', 'c2']) };
		expect(hub.missedSince(page, start)?.map((m) => m.answer.questionCode)).toEqual(['c1', 'c2']);
		expect(hub.missedSince(page, hub.currentId())).toEqual([]);
		expect(hub.missedSince(page, 'deadbeef-1')).toBeNull(); // before a restart
		expect(hub.missedSince(page, 'garbage')).toBeNull();
		for (let i = 0; i < REPLAY_EVENTS + 5; i++) hub.publishAnswer('r1', answer('c1', i + 2));
		expect(hub.missedSince(page, start)).toBeNull(); // older than what is kept
	});

	it('writes events in the text/event-stream format', () => {
		expect(formatEvent('answer', { a: 1 }, 'x-1')).toBe('id: x-1\nevent: answer\ndata: {"a":1}\n\n');
		expect(formatEvent('', null)).toBe(': ping\n\n');
	});
});

describe('eventStream', () => {
	const decoder = new TextDecoder();
	async function readSome(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
		const { value } = await reader.read();
		return value ? decoder.decode(value) : '';
	}
	const who = { userId: 'a', name: 'Mikko', roundId: 'r1', areaCode: 'commitment', codes: new Set(['c1']) };

	it('streams presence and answers, and leaves the hub when the browser goes away', async () => {
		const hub = new LiveHub();
		const abort = new AbortController();
		const response = eventStream(hub, who, null, abort.signal);
		expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		const reader = response.body!.getReader();
		expect(await readSome(reader)).toMatch(/^retry: \d+/);
		expect(await readSome(reader)).toContain('event: hello');
		expect(await readSome(reader)).toContain('event: presence');
		expect(hub.size).toBe(1);
		hub.publishAnswer('r1', answer('c1'));
		expect(await readSome(reader)).toContain('"questionCode":"c1"');
		abort.abort();
		expect(hub.size).toBe(0);
	});

	it('replays missed answers to a resuming page, or asks it to reload its answers', async () => {
		const hub = new LiveHub();
		const from = hub.currentId();
		hub.publishAnswer('r1', answer('c1', 7));
		const resumed = eventStream(hub, who, from, new AbortController().signal).body!.getReader();
		await readSome(resumed);
		expect(await readSome(resumed)).toMatch(/event: answer\ndata: .*"version":7/);
		const stale = eventStream(hub, who, '00000000-3', new AbortController().signal).body!.getReader();
		await readSome(stale);
		expect(await readSome(stale)).toContain('event: resync');
	});

	it('ends a stream after its lifetime, so a dead connection’s presence does not last', async () => {
		vi.useFakeTimers();
		try {
			const hub = new LiveHub();
			eventStream(hub, who, null, new AbortController().signal);
			expect(hub.size).toBe(1);
			await vi.advanceTimersByTimeAsync(MAX_STREAM_MS + PING_MS);
			expect(hub.size).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});
});
