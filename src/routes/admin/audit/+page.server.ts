import { auditQuerySchema } from '$lib/domain/validation/people-forms';
import { userLoad } from '$lib/server/http';
import { auditPage } from '$lib/server/services/audit-view';
import type { PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(
		event,
		({ db, user }) => {
			// Filters from the address; one that cannot be read is left out rather than refused.
			const query = auditQuerySchema.parse(Object.fromEntries(event.url.searchParams));
			return { query, ...auditPage(db, user, query) };
		},
		{ admin: true }
	)) satisfies PageServerLoad;
