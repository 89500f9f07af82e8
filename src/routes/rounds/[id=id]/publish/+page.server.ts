import { redirect } from '@sveltejs/kit';
import { publishSchema } from '$lib/domain/validation/curation-forms';
import { formAction, userLoad } from '$lib/server/http';
import { publishReviewed, publishStep } from '$lib/server/services/publish';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user, locale }) =>
		publishStep(db, qs, user, event.params.id, locale)
	)) satisfies PageServerLoad;

export const actions = {
	publish: (event) =>
		formAction(event, { action: 'publish', schema: publishSchema }, ({ db, qs, user }, data) => {
			publishReviewed(db, qs, user, event.params.id, data.choice);
			redirect(303, `/rounds/${event.params.id}/report?published=1`);
		})
} satisfies Actions;
