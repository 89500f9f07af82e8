import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { outlineFromForm } from '$lib/domain/strategy/outline-form';
import { STRATEGY_SECTIONS } from '$lib/domain/strategy/types';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { newId } from '$lib/server/ids';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, loadOrError, requireUser } from '$lib/server/route-helpers';
import { comparePage } from '$lib/server/services/comparison';
import { ServiceError } from '$lib/server/services/errors';
import { roundFor } from '$lib/server/services/round-access';
import { addStrategyComment, listStrategyComments } from '$lib/server/services/strategy-comments';
import {
	applyStrategyMerge,
	currentStrategyOutline,
	generateStrategy,
	previewStrategyMerge,
	saveStrategyVersion
} from '$lib/server/services/strategy';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	const db = getDb();
	const qs = getQuestionnaires();
	return loadOrError(() => {
		const { round, roles } = roundFor(db, qs, user, event.params.id, 'read_results');
		const manages = can(roles, 'manage_working_group');
		const base = { round, manages, canComment: can(roles, 'comment_strategy') };
		let current;
		try {
			current = currentStrategyOutline(db, qs, user, event.params.id);
		} catch (e) {
			if (e instanceof ServiceError && e.messageKey === 'error.strategy_missing')
				return { ...base, exists: false as const };
			throw e;
		}
		const compare = comparePage(db, qs, user, event.params.id, 'all', new Set());
		return {
			...base,
			exists: true as const,
			outline: current.outline,
			version: current.version,
			comments: listStrategyComments(db, current.strategyId),
			merge:
				manages && event.url.searchParams.has('merge')
					? previewStrategyMerge(db, qs, user, event.params.id, event.locals.locale)
					: null,
			summary: {
				overall: compare.own.overall,
				areas: compare.areas.filter((a) => !a.parent),
				own: compare.own.areas,
				mean: Object.fromEntries(Object.entries(compare.selected.areas).map(([c, s]) => [c, s.mean]))
			}
		};
	});
}) satisfies PageServerLoad;

export const actions = {
	generate: async (event) => {
		const user = requireUser(event);
		try {
			generateStrategy(getDb(), getQuestionnaires(), user, event.params.id, event.locals.locale);
		} catch (e) {
			return failFrom(e, {}, { action: 'generate' });
		}
		redirect(303, `/rounds/${event.params.id}/strategy`);
	},
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const qs = getQuestionnaires();
		const current = loadOrError(() => currentStrategyOutline(getDb(), qs, user, event.params.id));
		const parsed = outlineFromForm(current.outline, form, newId);
		if (!parsed.ok)
			return fail(400, {
				action: 'save',
				errors: { [parsed.field]: parsed.error, form: parsed.error },
				values: {},
				params: {}
			});
		let version: number;
		try {
			version = saveStrategyVersion(
				getDb(),
				qs,
				user,
				event.params.id,
				parsed.outline,
				Number(form.get('baseVersion')),
				String(form.get('op') ?? 'save')
			);
		} catch (e) {
			return failFrom(e, {}, { action: 'save' });
		}
		redirect(
			303,
			`/rounds/${event.params.id}/strategy?saved=${version}#${String(form.get('op') ?? '').startsWith('save') ? 'top' : 'measures'}`
		);
	},
	merge: async (event) => {
		const user = requireUser(event);
		try {
			applyStrategyMerge(getDb(), getQuestionnaires(), user, event.params.id, event.locals.locale);
		} catch (e) {
			return failFrom(e, {}, { action: 'merge' });
		}
		redirect(303, `/rounds/${event.params.id}/strategy?merged=1`);
	},
	comment: async (event) => {
		const user = requireUser(event);
		const parsed = z
			.object({
				section: z.enum(STRATEGY_SECTIONS),
				body: z.string().trim().min(1, { error: 'error.required' }).max(4000, { error: 'error.too_long' })
			})
			.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return fail(400, {
				action: 'comment',
				errors: { form: 'error.required' as const },
				values: {},
				params: {}
			});
		try {
			addStrategyComment(
				getDb(),
				getQuestionnaires(),
				user,
				event.params.id,
				parsed.data.section,
				parsed.data.body
			);
		} catch (e) {
			return failFrom(e, {}, { action: 'comment', questionCode: parsed.data.section });
		}
		return { action: 'comment', saved: true, questionCode: parsed.data.section };
	}
} satisfies Actions;
