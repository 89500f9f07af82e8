import { z } from 'zod';
import { jsonEndpoint } from '$lib/server/http';
import { MAX_FORM_FIELDS } from '$lib/server/http/read-form';
import { autosaveStrategy } from '$lib/server/services/strategy-drafts';
import type { RequestHandler } from './$types';

/** The editor's form as name/value pairs, as a form post would send it; the outline's own limits apply after. */
const autosaveSchema = z.object({
	entries: z.array(z.tuple([z.string().max(100), z.string().max(20_000)])).max(MAX_FORM_FIELDS),
	baseVersion: z.number().int().min(0),
	saveId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)
});

/** As much as a form post to the strategy may carry (hooks/body-limit.ts). */
const MAX_DRAFT_BYTES = 1024 * 1024;

export const PUT: RequestHandler = (event) =>
	jsonEndpoint(
		event,
		autosaveSchema,
		({ db, qs, user }, data) => {
			const form = new FormData();
			for (const [name, value] of data.entries) form.append(name, value);
			return {
				answer: autosaveStrategy(db, qs, user, event.params.id, form, data.baseVersion, data.saveId)
			};
		},
		MAX_DRAFT_BYTES
	);
