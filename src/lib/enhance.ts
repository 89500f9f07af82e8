import type { SubmitFunction } from '@sveltejs/kit';

/** Progressive enhancement that keeps what the person typed in the form after the answer comes back. */
export const keepValues: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });

/** The same, but empties the form after a successful post (a new comment, say). */
export const clearOnSuccess: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: true });
