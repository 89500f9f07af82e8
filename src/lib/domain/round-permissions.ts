import { can, type Permission, type Role } from './roles';
import {
	isTransitionAction,
	ROUND_STATUSES,
	TRANSITION_ACTIONS,
	transitionFor,
	type RoundStatus,
	type TransitionAction
} from './round-status';

/** What can be done to a round without changing its status. */
export const STAGE_ACTIONS = [
	'answer',
	'comment',
	'assign_areas',
	'assess',
	'edit_recommendations',
	'correct_results',
	'set_visibility',
	'read_report',
	'read_recommendations',
	'compare',
	'read_strategy',
	'edit_strategy',
	'comment_strategy',
	'export_answers'
] as const;
export type StageAction = (typeof STAGE_ACTIONS)[number];

export const ROUND_ACTIONS = [...TRANSITION_ACTIONS, ...STAGE_ACTIONS] as const;
export type RoundAction = TransitionAction | StageAction;

/** Every listed permission is needed: some actions pass two access checks on their way. */
type Need = Permission | readonly Permission[];

const always = (need: Need) =>
	Object.fromEntries(ROUND_STATUSES.map((s) => [s, need])) as Record<RoundStatus, Need>;

/** A status missing from an action's entry means nobody may do it then. */
const RULES: Record<StageAction, Partial<Record<RoundStatus, Need>>> = {
	answer: { draft: 'answer' },
	// Discussion is how the group and the expert talk, so it stays open for the whole round; leaders
	// read drafts but do not join in until the group has submitted.
	comment: { ...always('view_municipality'), draft: 'discuss_answers' },
	assign_areas: { draft: 'manage_working_group' },
	assess: { in_review: 'review' },
	edit_recommendations: { in_review: 'review' },
	// After publishing the expert still fixes mistakes, as audited corrections that raise the revision.
	correct_results: { published: 'review' },
	// Visibility matters only once published, but the coordinator may decide it ahead of time.
	set_visibility: always('manage_working_group'),
	// The expert previews the report before publishing; the others see results only once published.
	read_report: { in_review: 'review', published: 'read_results' },
	read_recommendations: {
		draft: 'review',
		submitted: 'review',
		in_review: 'review',
		published: 'read_results'
	},
	// Comparing provisional scores helps while answering; the page marks them provisional.
	compare: always('read_results'),
	// A strategy is drafted from published results only: frozen scores, accepted recommendations.
	read_strategy: { published: 'read_results' },
	edit_strategy: { published: ['manage_working_group', 'read_results'] },
	comment_strategy: { published: ['read_results', 'comment_strategy'] },
	// The answers belong to the municipality, so anyone who sees the round may take them out.
	export_answers: always('view_municipality')
};

function needOf(status: RoundStatus, action: RoundAction): Need | undefined {
	return isTransitionAction(action) ? transitionFor(status, action)?.by : RULES[action][status];
}

/**
 * Whether the status lets anyone do the action. Services check who separately and first, so that
 * outsiders get 404 before anyone learns the round's status from a 409.
 */
export function stageAllows(status: RoundStatus, action: RoundAction): boolean {
	return needOf(status, action) !== undefined;
}

/** The roles count together: someone's admin and leader roles may each bring one needed permission. */
export function allowsAny(status: RoundStatus, roles: readonly Role[], action: RoundAction): boolean {
	const need = needOf(status, action);
	if (need === undefined) return false;
	return (typeof need === 'string' ? [need] : need).every((p) => can(roles, p));
}

export function allows(status: RoundStatus, role: Role, action: RoundAction): boolean {
	return allowsAny(status, [role], action);
}

export type RoundCan = Record<RoundAction, boolean>;

/** Every action at once, for a page to show only the controls that would work. */
export function permissionsFor(status: RoundStatus, roles: readonly Role[]): RoundCan {
	return Object.fromEntries(ROUND_ACTIONS.map((a) => [a, allowsAny(status, roles, a)])) as RoundCan;
}
