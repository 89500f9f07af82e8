import { redirect } from '@sveltejs/kit';
import { strategyCommentSchema, strategySaveSchema } from '$lib/domain/validation/strategy-forms';
import { chosenFrom, echoChosen, strategyGenerateSchema } from '$lib/domain/validation/strategy-draft-forms';
import { formAction, userLoad } from '$lib/server/http';
import { addStrategyComment } from '$lib/server/services/strategy-comments';
import { strategyPage } from '$lib/server/services/strategy-page';
import { applyStrategyMerge, generateStrategy } from '$lib/server/services/strategy';
import { autosaveStrategy, saveDraftAsVersion } from '$lib/server/services/strategy-drafts';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user, locale }) =>
		strategyPage(db, qs, user, event.params.id, locale, event.url.searchParams.has('merge'))
	)) satisfies PageServerLoad;

export const actions = {
	generate: (event) =>
		formAction(
			event,
			{ action: 'generate', schema: strategyGenerateSchema, prepare: echoChosen },
			({ db, qs, user }, data, form) => {
				const combine = data.combine === '1';
				generateStrategy(db, qs, user, event.params.id, data.language, chosenFrom(form), combine);
				redirect(303, `/rounds/${event.params.id}/strategy`);
			}
		),
	// "Save as version" makes a numbered version; the other buttons (used without JavaScript: the editor
	// does them in the page) change only the working draft, like the autosave does.
	save: (event) =>
		formAction(event, { action: 'save', schema: strategySaveSchema }, ({ db, qs, user }, data, form) => {
			const id = event.params.id;
			if (data.op === 'version') {
				const note = `note:${data.note}`;
				const version = saveDraftAsVersion(db, qs, user, id, form, data.baseRevision, note);
				redirect(303, `/rounds/${id}/strategy?saved=${version}`);
			}
			autosaveStrategy(db, qs, user, id, form, data.baseRevision, null);
			redirect(303, `/rounds/${id}/strategy#measures`);
		}),
	merge: (event) =>
		formAction(event, { action: 'merge' }, ({ db, qs, user, locale }) => {
			applyStrategyMerge(db, qs, user, event.params.id, locale);
			redirect(303, `/rounds/${event.params.id}/strategy?merged=1`);
		}),
	comment: (event) =>
		formAction(
			event,
			{ action: 'comment', schema: strategyCommentSchema, echo: { questionCode: 'section' } },
			({ db, qs, user }, data) => {
				addStrategyComment(db, qs, user, event.params.id, data.section, data.body);
				return { saved: true };
			}
		)
} satisfies Actions;
