import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	locale: locals.locale,
	user: locals.user
		? { name: locals.user.name, email: locals.user.email, isAdmin: locals.user.isAdmin }
		: null
})) satisfies LayoutServerLoad;
