import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/route-helpers';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { dashboard } from '$lib/server/services/dashboard';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	const names = Object.fromEntries(
		[...getQuestionnaires().values()].map((q) => [
			q.framework.id,
			{ title: q.framework.title, areas: Object.fromEntries(q.areas.map((a) => [a.code, a.name])) }
		])
	);
	return { municipalities: dashboard(getDb(), user), questionnaires: names, isAdmin: user.isAdmin };
}) satisfies PageServerLoad;
