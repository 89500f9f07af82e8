import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { loadOrError, requireUser } from '$lib/server/route-helpers';
import { roundReport } from '$lib/server/services/report';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	return loadOrError(() => roundReport(getDb(), getQuestionnaires(), user, event.params.id));
}) satisfies PageServerLoad;
