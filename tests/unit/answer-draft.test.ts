import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerDraft, type ServerAnswer } from '../../src/lib/components/answer/answer-draft.svelte';

type Reply = { status: number; body: unknown } | 'network-error';

/** A fake server: answers each PUT with the next scripted reply and records what was sent. */
function fakeServer(replies: Reply[]) {
	const sent: Array<Record<string, unknown>> = [];
	let release: (() => void) | undefined;
	let hold = false;
	const fetcher = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
		sent.push(JSON.parse(String(init?.body)));
		if (hold) await new Promise<void>((r) => (release = r));
		const reply = replies.shift() ?? { status: 200, body: ok(sent.length) };
		if (reply === 'network-error') throw new TypeError('Failed to fetch');
		return new Response(JSON.stringify(reply.body), { status: reply.status });
	});
	return {
		sent,
		fetcher: fetcher as unknown as typeof fetch,
		holdNext: () => (hold = true),
		releaseHeld: () => {
			hold = false;
			release?.();
		}
	};
}

const ok = (version: number) => ({
	answer: { version, updatedByName: 'Mikko', updatedAt: '2026-11-22T10:00:00.000Z' }
});
const yes = { kind: 'option', option: 'yes' } as const;
const no = { kind: 'option', option: 'no' } as const;

describe('AnswerDraft autosave', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('says saved only after the server acknowledged the save', async () => {
		const server = fakeServer([]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		draft.edit({ value: yes });
		expect(draft.status).toBe('dirty');
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('saved');
		expect(draft.version).toBe(1);
		expect(server.sent[0]).toMatchObject({ value: yes, baseVersion: 0 });
	});

	it('retries a failed save until it lands, without losing the answer', async () => {
		const server = fakeServer(['network-error', { status: 503, body: {} }]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		draft.edit({ value: yes });
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('failed');
		expect(draft.pending).toBe(true);
		await vi.advanceTimersByTimeAsync(2_000);
		expect(draft.status).toBe('failed');
		await vi.advanceTimersByTimeAsync(4_000);
		expect(draft.status).toBe('saved');
		expect(server.sent).toHaveLength(3);
		expect(server.sent.every((s) => JSON.stringify(s.value) === JSON.stringify(yes))).toBe(true);
	});

	it('saves an edit made while another save was under way', async () => {
		const server = fakeServer([]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		server.holdNext();
		draft.edit({ value: yes });
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('saving');
		draft.edit({ justification: 'Council decision 12/2025' }, 800);
		server.releaseHeld();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(draft.status).toBe('saved');
		expect(server.sent.at(-1)).toMatchObject({
			value: yes,
			justification: 'Council decision 12/2025',
			baseVersion: 1
		});
	});

	it('shows a conflict, keeps both answers, and saves mine on top only when asked', async () => {
		const theirs: ServerAnswer = {
			value: no,
			justification: 'theirs',
			evidence: [],
			version: 3,
			updatedByName: 'Sara',
			updatedAt: '2026-11-22T09:00:00.000Z'
		};
		const server = fakeServer([
			{ status: 409, body: { error: 'error.conflict', current: theirs } },
			{ status: 200, body: ok(4) }
		]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		draft.edit({ value: yes });
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('conflict');
		expect(draft.conflict).toEqual(theirs);
		expect(draft.content.value).toEqual(yes);
		// Further typing does not overwrite anything while the conflict is open.
		draft.edit({ justification: 'mine' }, 0);
		await vi.advanceTimersByTimeAsync(5_000);
		expect(server.sent).toHaveLength(1);
		draft.keepMine();
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('saved');
		expect(server.sent[1]).toMatchObject({ value: yes, justification: 'mine', baseVersion: 3 });
	});

	it('takes the saved answer when the person chooses it', async () => {
		const theirs: ServerAnswer = {
			value: no,
			justification: 'theirs',
			evidence: [],
			version: 3,
			updatedByName: 'Sara',
			updatedAt: '2026-11-22T09:00:00.000Z'
		};
		const server = fakeServer([{ status: 409, body: { error: 'error.conflict', current: theirs } }]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		draft.edit({ value: yes });
		await vi.advanceTimersByTimeAsync(0);
		draft.useTheirs();
		expect(draft.status).toBe('saved');
		expect(draft.content).toEqual({ value: no, justification: 'theirs', evidence: [] });
		expect(draft.version).toBe(3);
	});

	it('sends a save id with each save, and the same id again with its retries', async () => {
		const server = fakeServer(['network-error', { status: 502, body: {} }]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		draft.edit({ value: yes });
		await vi.advanceTimersByTimeAsync(0);
		await vi.advanceTimersByTimeAsync(2_000);
		await vi.advanceTimersByTimeAsync(4_000);
		expect(draft.status).toBe('saved');
		draft.edit({ value: no });
		await vi.advanceTimersByTimeAsync(0);
		const ids = server.sent.map((s) => s.saveId);
		expect(ids).toHaveLength(4);
		expect(ids[0]).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
		expect(ids.slice(0, 3)).toEqual([ids[0], ids[0], ids[0]]);
		expect(ids[3]).not.toBe(ids[0]);
	});

	it('resends an unanswered save as it was before the edits made since, then saves those on top', async () => {
		// The first save may have been committed although its reply was lost: only its own id can tell.
		const server = fakeServer(['network-error', { status: 200, body: ok(1) }, { status: 200, body: ok(2) }]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		draft.edit({ value: yes });
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('failed');
		draft.edit({ justification: 'typed while offline' }, 0);
		await vi.advanceTimersByTimeAsync(100); // the resent save, then the edits on top of it
		expect(draft.status).toBe('saved');
		expect(server.sent).toHaveLength(3);
		expect(server.sent[1]).toEqual(server.sent[0]);
		expect(server.sent[2]).toMatchObject({
			value: yes,
			justification: 'typed while offline',
			baseVersion: 1
		});
		expect(server.sent[2]!.saveId).not.toBe(server.sent[0]!.saveId);
		expect(draft.version).toBe(2);
	});

	it('reports a refused answer with its reason and does not retry it', async () => {
		const server = fakeServer([{ status: 400, body: { error: 'error.answer_unknown_option' } }]);
		const draft = new AnswerDraft('/api/x', null, server.fetcher);
		draft.edit({ value: { kind: 'option', option: 'bogus' } });
		await vi.advanceTimersByTimeAsync(10_000);
		expect(draft.status).toBe('invalid');
		expect(draft.error).toBe('error.answer_unknown_option');
		expect(server.sent).toHaveLength(1);
	});
});
