import { userLoad } from '$lib/server/http';
import { resultsHome } from '$lib/server/services/results-home';
import type { PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user, locale }) =>
		resultsHome(db, qs, user, event.params.id, locale)
	)) satisfies PageServerLoad;
