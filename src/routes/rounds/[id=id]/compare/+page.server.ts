import { parseCompareQuery } from '$lib/domain/validation/compare-query';
import { userLoad } from '$lib/server/http';
import { comparePage } from '$lib/server/services/comparison';
import type { PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) => {
		const query = parseCompareQuery(event.url.searchParams);
		return comparePage(db, qs, user, event.params.id, query.group, query.peers, query);
	})) satisfies PageServerLoad;
