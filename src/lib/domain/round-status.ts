import { can, type Permission, type Role } from './roles';

/** The life of an assessment round, in the order it normally goes. */
export const ROUND_STATUSES = ['draft', 'submitted', 'in_review', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const TRANSITION_ACTIONS = ['submit', 'reopen', 'start_review', 'return', 'publish'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export interface Transition {
	action: TransitionAction;
	from: RoundStatus;
	to: RoundStatus;
	/** A permission rather than a role list, so that roles.ts stays the one place saying who holds what. */
	by: Permission;
}

/**
 * Every status change there is. Published is final: corrections after it change the content and the
 * revision, never the status, so they are permissions (round-permissions.ts), not transitions.
 */
export const TRANSITIONS: readonly Transition[] = [
	{ action: 'submit', from: 'draft', to: 'submitted', by: 'manage_working_group' },
	// Only until the expert opens the round; from then on taking it back is the expert's call (return).
	{ action: 'reopen', from: 'submitted', to: 'draft', by: 'manage_working_group' },
	{ action: 'start_review', from: 'submitted', to: 'in_review', by: 'review' },
	{ action: 'return', from: 'in_review', to: 'draft', by: 'review' },
	{ action: 'publish', from: 'in_review', to: 'published', by: 'review' }
];

export function isTransitionAction(action: string): action is TransitionAction {
	return (TRANSITION_ACTIONS as readonly string[]).includes(action);
}

/** The change the action makes from this status, or undefined when the action does not apply to it. */
export function transitionFor(from: RoundStatus, action: TransitionAction): Transition | undefined {
	return TRANSITIONS.find((t) => t.from === from && t.action === action);
}

export function canTransition(from: RoundStatus, to: RoundStatus, role: Role): boolean {
	return TRANSITIONS.some((t) => t.from === from && t.to === to && can([role], t.by));
}

/** Answers change only in a draft: a submitted round is what the expert reviews, unchanged. */
export const isEditable = (status: RoundStatus): boolean => status === 'draft';

/** Handed in, but the expert has not opened it yet, so the coordinator may still take it back. */
export const isAwaitingReview = (status: RoundStatus): boolean => status === 'submitted';

export const isUnderReview = (status: RoundStatus): boolean => status === 'in_review';

/** Scores are frozen from here on; everything that is not published is provisional. */
export const isPublished = (status: RoundStatus): boolean => status === 'published';
