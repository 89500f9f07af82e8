import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { diffOutlines } from '$lib/domain/strategy/diff';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, loadOrError, requireUser } from '$lib/server/route-helpers';
import { listStrategyVersions, restoreStrategyVersion } from '$lib/server/services/strategy';
import type { Actions, PageServerLoad } from './$types';

const pick = z.coerce.number().int().min(1);

export const load = ((event) => {
	const user = requireUser(event);
	return loadOrError(() => {
		const versions = listStrategyVersions(getDb(), getQuestionnaires(), user, event.params.id);
		const newest = versions[0]!.version;
		const a = pick.catch(Math.max(1, newest - 1)).parse(event.url.searchParams.get('a') ?? undefined);
		const b = pick.catch(newest).parse(event.url.searchParams.get('b') ?? undefined);
		const va = versions.find((v) => v.version === a);
		const vb = versions.find((v) => v.version === b);
		return {
			roundId: event.params.id,
			versions: versions.map(({ outline: _o, ...v }) => v),
			a,
			b,
			changes: va && vb ? diffOutlines(va.outline, vb.outline) : []
		};
	});
}) satisfies PageServerLoad;

export const actions = {
	restore: async (event) => {
		const user = requireUser(event);
		const parsed = pick.safeParse((await event.request.formData()).get('version'));
		if (!parsed.success)
			return fail(400, { errors: { form: 'error.invalid' as const }, values: {}, params: {} });
		let version: number;
		try {
			version = restoreStrategyVersion(getDb(), getQuestionnaires(), user, event.params.id, parsed.data);
		} catch (e) {
			return failFrom(e);
		}
		redirect(303, `/rounds/${event.params.id}/strategy?saved=${version}`);
	}
} satisfies Actions;
