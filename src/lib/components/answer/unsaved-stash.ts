import type { AnswerContent } from './answer-draft.svelte';

/**
 * An answer that could not be saved because the session ended, kept in this tab's sessionStorage so
 * that signing in again (in the same tab, which leaves the page) loses nothing. Keyed by the answer's
 * save address and kept for the same person only: someone else signing in on this tab does not get it.
 */
export interface Stashed<C = AnswerContent> {
	who: string;
	version: number;
	content: C;
}

const key = (url: string) => `gri-unsaved:${url}`;

function storage(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null; // storage disabled: the answer then stays only on the open page
	}
}

export function stashUnsaved<C>(url: string, stashed: Stashed<C>): void {
	try {
		storage()?.setItem(key(url), JSON.stringify(stashed));
	} catch {
		// Quota exceeded: nothing better to do; the page still holds the answer.
	}
}

export function dropUnsaved(url: string): void {
	storage()?.removeItem(key(url));
}

/** The stashed answer of this person, removed from storage; null when there is none. */
export function takeUnsaved(url: string, who: string): Stashed | null {
	const text = storage()?.getItem(key(url));
	if (!text) return null;
	dropUnsaved(url);
	try {
		const stashed = JSON.parse(text) as Stashed;
		return stashed.who === who && typeof stashed.version === 'number' && stashed.content ? stashed : null;
	} catch {
		return null;
	}
}
