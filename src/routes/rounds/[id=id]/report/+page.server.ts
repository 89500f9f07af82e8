import { userLoad } from '$lib/server/http';
import { roundReport } from '$lib/server/services/report';
import type { PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user, locale }) =>
		roundReport(db, qs, user, event.params.id, locale)
	)) satisfies PageServerLoad;
