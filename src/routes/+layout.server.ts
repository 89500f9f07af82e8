import { getDb } from '$lib/server/db';
import { isExpert } from '$lib/server/services/access';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	locale: locals.locale,
	user: locals.user
		? {
				name: locals.user.name,
				email: locals.user.email,
				isAdmin: locals.user.isAdmin,
				isExpert: isExpert(getDb(), locals.user.id)
			}
		: null
})) satisfies LayoutServerLoad;
