import { fail, redirect } from '@sveltejs/kit';
import { outlineFromForm } from '$lib/domain/strategy/outline-form';
import { strategyCommentSchema, strategySaveSchema } from '$lib/domain/validation/strategy-forms';
import { chosenFrom, strategyGenerateSchema } from '$lib/domain/validation/strategy-draft-forms';
import { formAction, userLoad } from '$lib/server/http';
import { newId } from '$lib/server/ids';
import { addStrategyComment } from '$lib/server/services/strategy-comments';
import { strategyPage } from '$lib/server/services/strategy-page';
import {
	applyStrategyMerge,
	currentStrategyOutline,
	generateStrategy,
	saveStrategyVersion
} from '$lib/server/services/strategy';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user, locale }) =>
		strategyPage(db, qs, user, event.params.id, locale, event.url.searchParams.has('merge'))
	)) satisfies PageServerLoad;

export const actions = {
	generate: (event) =>
		formAction(
			event,
			{ action: 'generate', schema: strategyGenerateSchema },
			({ db, qs, user }, data, form) => {
				generateStrategy(db, qs, user, event.params.id, data.language, chosenFrom(form));
				redirect(303, `/rounds/${event.params.id}/strategy`);
			}
		),
	save: (event) =>
		formAction(event, { action: 'save', schema: strategySaveSchema }, ({ db, qs, user }, data, form) => {
			const current = currentStrategyOutline(db, qs, user, event.params.id);
			const parsed = outlineFromForm(current.outline, form, newId);
			if (!parsed.ok)
				return fail(400, {
					action: 'save',
					errors: { [parsed.field]: parsed.error, form: parsed.error },
					values: {},
					params: parsed.params ?? {}
				});
			const id = event.params.id;
			const version = saveStrategyVersion(db, qs, user, id, parsed.outline, data.baseVersion, data.op);
			redirect(
				303,
				`/rounds/${id}/strategy?saved=${version}#${data.op.startsWith('save') ? 'top' : 'measures'}`
			);
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
