import { bulkSchema } from '$lib/domain/validation/curation-forms';
import {
	editedTexts,
	narrativeSchema,
	recommendationAddSchema,
	recommendationEditSchema
} from '$lib/domain/validation/review-forms';
import { formAction, userLoad } from '$lib/server/http';
import {
	addRecommendation,
	regenerateRecommendations,
	saveNarrative,
	updateRecommendation
} from '$lib/server/services/recommendations';
import { recommendationsPage } from '$lib/server/services/recommendations-page';
import { bulkDecide } from '$lib/server/services/curation';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user, locale }) =>
		recommendationsPage(db, qs, user, event.params.id, locale)
	)) satisfies PageServerLoad;

/** The recommendation (or area) a result belongs to, so the page shows it beside the right card. */
const byId = { questionCode: 'id' };
const byArea = { questionCode: 'areaCode' };

export const actions = {
	update: (event) =>
		formAction(
			event,
			{ action: 'update', schema: recommendationEditSchema, echo: byId },
			({ db, qs, user }, { id, text_en, text_fi, text_sv, ...edit }) => {
				const texts = editedTexts({ text_en, text_fi, text_sv });
				updateRecommendation(db, qs, user, event.params.id, id, { ...edit, texts });
				return { saved: true };
			}
		),
	add: (event) =>
		formAction(
			event,
			{ action: 'add', schema: recommendationAddSchema, echo: byArea },
			({ db, qs, user, locale }, data) => {
				addRecommendation(db, qs, user, event.params.id, data, locale);
				return { saved: true };
			}
		),
	narrative: (event) =>
		formAction(
			event,
			{ action: 'narrative', schema: narrativeSchema, echo: byArea },
			({ db, qs, user }, data) => {
				saveNarrative(db, qs, user, event.params.id, data);
				return { saved: true };
			}
		),
	regenerate: (event) =>
		formAction(event, { action: 'regenerate' }, ({ db, qs, user }) => ({
			saved: true,
			params: { count: regenerateRecommendations(db, qs, user, event.params.id) }
		})),
	bulk: (event) =>
		formAction(event, { action: 'bulk', schema: bulkSchema }, ({ db, qs, user }, data) => ({
			saved: true,
			params: { count: bulkDecide(db, qs, user, event.params.id, data) }
		}))
} satisfies Actions;
