import { userSearchSchema } from '$lib/domain/validation/people-forms';
import { userLoad } from '$lib/server/http';
import { listPeople, PEOPLE_LIMIT } from '$lib/server/services/people';
import type { PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(
		event,
		({ db, user }) => {
			// A search box: what cannot be read is simply not applied.
			const search = userSearchSchema.parse(Object.fromEntries(event.url.searchParams));
			return { search, ...listPeople(db, user, search), limit: PEOPLE_LIMIT, me: user.id };
		},
		{ admin: true }
	)) satisfies PageServerLoad;
