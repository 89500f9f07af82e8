import { parseCompareQuery } from '$lib/domain/validation/compare-query';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { loadOrError, requireUser } from '$lib/server/route-helpers';
import { comparePage } from '$lib/server/services/comparison';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	const query = parseCompareQuery(event.url.searchParams);
	return loadOrError(() =>
		comparePage(getDb(), getQuestionnaires(), user, event.params.id, query.group, query.peers)
	);
}) satisfies PageServerLoad;
