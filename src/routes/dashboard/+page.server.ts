import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/route-helpers';
import { listMyMunicipalities } from '$lib/server/services/municipalities';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	return { municipalities: listMyMunicipalities(getDb(), user), isAdmin: user.isAdmin };
}) satisfies PageServerLoad;
