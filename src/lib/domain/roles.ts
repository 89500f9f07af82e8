/** Roles a user can hold for one municipality; admin is platform-wide. */
export type Role = 'admin' | 'coordinator' | 'member' | 'expert' | 'leader';

export type Permission =
	| 'view_municipality'
	| 'manage_working_group'
	| 'answer'
	| 'review'
	| 'read_results'
	| 'comment_strategy'
	| 'discuss_answers'
	| 'manage_platform';

const GRANTS: Record<Role, Permission[]> = {
	admin: ['view_municipality', 'manage_working_group', 'manage_platform', 'discuss_answers'],
	coordinator: [
		'view_municipality',
		'manage_working_group',
		'answer',
		'read_results',
		'comment_strategy',
		'discuss_answers'
	],
	member: ['view_municipality', 'answer', 'read_results', 'discuss_answers'],
	expert: ['view_municipality', 'review', 'read_results', 'discuss_answers'],
	leader: ['view_municipality', 'read_results', 'comment_strategy']
};

export function can(roles: readonly Role[], permission: Permission): boolean {
	return roles.some((role) => GRANTS[role].includes(permission));
}

/** The order roles are listed in, most responsibility first. */
export const ROLE_ORDER: Role[] = ['admin', 'coordinator', 'expert', 'member', 'leader'];

export function sortRoles(roles: Iterable<Role>): Role[] {
	return [...new Set(roles)].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}
