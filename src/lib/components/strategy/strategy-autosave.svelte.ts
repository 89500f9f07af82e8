import { AutosaveDraft, type SavedMeta } from '$lib/components/answer/answer-draft.svelte';
import type { EditorError } from './field-error';

/** What the editor autosaves: its form's fields, as a post of the form would send them. */
export interface DraftContent {
	entries: Array<[string, string]>;
}

/** The form's text fields, in order (repeated names such as m_title stay in row order). */
export function formEntries(form: HTMLFormElement): Array<[string, string]> {
	const entries: Array<[string, string]> = [];
	for (const [name, value] of new FormData(form)) if (typeof value === 'string') entries.push([name, value]);
	return entries;
}

/** The strategy's working draft, autosaved like an answer (same states, retries and conflicts). */
export function strategyDraft(url: string, saved: SavedMeta | null) {
	// No content from the server: what is in the editor is always what the person sees and typed.
	return new AutosaveDraft<DraftContent, SavedMeta>(url, { entries: [] }, saved);
}

/** The autosave's refusal as an error beside its field. */
export function draftError(draft: AutosaveDraft<DraftContent, SavedMeta>): EditorError | null {
	if (draft.status !== 'invalid' || !draft.error) return null;
	return { field: draft.errorField ?? 'form', key: draft.error, params: draft.errorParams };
}

/** Waits until no save is running or due, so "save as version" builds on the latest revision. */
export async function settled(draft: AutosaveDraft<DraftContent, SavedMeta>, timeoutMs = 15_000) {
	draft.flushNow();
	const until = Date.now() + timeoutMs;
	while ((draft.status === 'dirty' || draft.status === 'saving') && Date.now() < until)
		await new Promise((r) => setTimeout(r, 100));
}
