import { userLoad } from '$lib/server/http';
import { dashboard } from '$lib/server/services/dashboard';
import type { PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) => {
		const names = Object.fromEntries(
			[...qs.values()].map((q) => [
				q.framework.id,
				{ title: q.framework.title, areas: Object.fromEntries(q.areas.map((a) => [a.code, a.name])) }
			])
		);
		return { municipalities: dashboard(db, user), questionnaires: names, isAdmin: user.isAdmin };
	})) satisfies PageServerLoad;
