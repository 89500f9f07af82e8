import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { diffOutlines } from '$lib/domain/strategy/diff';
import { formAction, userLoad } from '$lib/server/http';
import { listStrategyVersions, restoreStrategyVersion } from '$lib/server/services/strategy';
import type { Actions, PageServerLoad } from './$types';

const pick = z.coerce.number().int().min(1);
const restoreSchema = z.object({ version: pick });

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) => {
		const versions = listStrategyVersions(db, qs, user, event.params.id);
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
	})) satisfies PageServerLoad;

export const actions = {
	restore: (event) =>
		formAction(event, { schema: restoreSchema }, ({ db, qs, user }, data) => {
			const version = restoreStrategyVersion(db, qs, user, event.params.id, data.version);
			redirect(303, `/rounds/${event.params.id}/strategy?saved=${version}`);
		})
} satisfies Actions;
