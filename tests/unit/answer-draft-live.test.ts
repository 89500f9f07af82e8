import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerDraft, type ServerAnswer } from '../../src/lib/components/answer/answer-draft.svelte';
import { takeUnsaved } from '../../src/lib/components/answer/unsaved-stash';

const yes = { kind: 'option', option: 'yes' } as const;
const no = { kind: 'option', option: 'no' } as const;
const saved = (version: number, value: ServerAnswer['value'] = no): ServerAnswer => ({
	value,
	justification: 'Sara’s reason',
	evidence: [{ url: 'https://example.fi/decision', title: 'Decision' }],
	version,
	updatedByName: 'Sara',
	updatedAt: '2026-11-22T09:00:00.000Z'
});

/** Replies to each PUT in turn; records the bodies sent. */
function server(replies: Array<{ status: number; body: unknown }>) {
	const sent: Array<Record<string, unknown>> = [];
	const fetcher = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
		sent.push(JSON.parse(String(init?.body)));
		const reply = replies.shift() ?? {
			status: 200,
			body: { answer: { version: sent.length, updatedByName: 'Mikko', updatedAt: '2026-11-22T10:00:00Z' } }
		};
		return new Response(JSON.stringify(reply.body), { status: reply.status });
	});
	return { sent, fetcher: fetcher as unknown as typeof fetch };
}

/** sessionStorage as a browser tab has it. */
function fakeSessionStorage() {
	const items = new Map<string, string>();
	vi.stubGlobal('sessionStorage', {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k)
	});
	return items;
}

describe('AnswerDraft with live updates', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('takes a colleague’s newer answer when the question is untouched', () => {
		const draft = new AnswerDraft('/api/x', saved(1, yes), server([]).fetcher);
		expect(draft.remote(saved(2))).toBe(true);
		expect(draft.content.value).toEqual(no);
		expect(draft.content.evidence).toHaveLength(1);
		expect(draft.version).toBe(2);
		expect(draft.savedBy?.name).toBe('Sara');
		// The same event again, or an older one, changes nothing.
		expect(draft.remote(saved(2, yes))).toBe(false);
		expect(draft.remote(saved(1, yes))).toBe(false);
		expect(draft.content.value).toEqual(no);
	});

	it('leaves an answer being edited alone: the person’s save then meets the conflict', async () => {
		const { fetcher, sent } = server([{ status: 409, body: { error: 'error.conflict', current: saved(2) } }]);
		const draft = new AnswerDraft('/api/x', saved(1, no), fetcher);
		draft.edit({ value: yes }, 1_500);
		expect(draft.remote(saved(2))).toBe(false);
		expect(draft.content.value).toEqual(yes);
		await vi.advanceTimersByTimeAsync(1_500);
		expect(sent).toHaveLength(1);
		expect(draft.status).toBe('conflict');
	});

	it('reports each settled save once to the page, not the save that another follows at once', async () => {
		const { fetcher } = server([]);
		const draft = new AnswerDraft('/api/x', null, fetcher);
		const outcomes: string[] = [];
		draft.onsettle = (s) => outcomes.push(s);
		draft.edit({ value: yes }, 1_500);
		draft.edit({ value: no }, 1_500);
		draft.edit({ value: yes }, 1_500);
		await vi.advanceTimersByTimeAsync(1_500);
		expect(outcomes).toEqual(['saved']);
	});

	it('keeps an answer refused for a signed-out session, and puts it back after signing in', async () => {
		const items = fakeSessionStorage();
		const signedOut = server([{ status: 401, body: { error: 'error.signed_out' } }]);
		const before = new AnswerDraft('/api/rounds/r/answers/q1', saved(1, no), signedOut.fetcher);
		before.owner = 'member@demo.example';
		before.edit({ value: yes, justification: 'typed before the session ended' });
		await vi.advanceTimersByTimeAsync(0);
		expect(before.status).toBe('signed_out');
		expect(before.pending).toBe(true);
		expect(items.size).toBe(1);

		// Someone else signing in on this tab does not get it.
		expect(takeUnsaved('/api/rounds/r/answers/q1', 'other@demo.example')).toBeNull();
		const stashAgain = () =>
			items.set(
				'gri-unsaved:/api/rounds/r/answers/q1',
				JSON.stringify({ who: 'member@demo.example', version: 1, content: before.content })
			);
		stashAgain();

		// The page after signing in again: the kept answer is restored and saved on the version it was edited from.
		const after = server([]);
		const draft = new AnswerDraft('/api/rounds/r/answers/q1', saved(1, no), after.fetcher);
		draft.owner = 'member@demo.example';
		const kept = takeUnsaved('/api/rounds/r/answers/q1', 'member@demo.example');
		expect(kept).not.toBeNull();
		expect(draft.restore(kept!)).toBe(true);
		await vi.advanceTimersByTimeAsync(0);
		expect(after.sent[0]).toMatchObject({
			value: yes,
			justification: 'typed before the session ended',
			baseVersion: 1
		});
		expect(draft.status).toBe('saved');
		expect(items.size).toBe(0);
	});

	it('retries a signed-out save, so signing in on another tab saves it', async () => {
		fakeSessionStorage();
		const { fetcher, sent } = server([{ status: 401, body: { error: 'error.signed_out' } }]);
		const draft = new AnswerDraft('/api/x', null, fetcher);
		draft.edit({ value: yes });
		await vi.advanceTimersByTimeAsync(0);
		expect(draft.status).toBe('signed_out');
		await vi.advanceTimersByTimeAsync(2_000);
		expect(sent).toHaveLength(2);
		expect(draft.status).toBe('saved');
	});
});
