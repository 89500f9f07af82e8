import type { RoundStatus } from './round-status';

/** The journey of a round as people see it, from handing out the areas to the strategy. */
export const ROUND_STEPS = ['assign', 'answer', 'submit', 'review', 'publish', 'strategy'] as const;
export type RoundStep = (typeof ROUND_STEPS)[number];
export type StepState = 'done' | 'current' | 'todo';

/**
 * Each step's state for a round: a draft is at "assign" until some area has someone and at "answer" after;
 * a submitted or reviewed round is at "review"; a published one is at "strategy".
 */
export function roundSteps(
	status: RoundStatus,
	anyAssigned: boolean
): Array<{ step: RoundStep; state: StepState }> {
	const current: RoundStep =
		status === 'draft' ? (anyAssigned ? 'answer' : 'assign') : status === 'published' ? 'strategy' : 'review';
	const at = ROUND_STEPS.indexOf(current);
	return ROUND_STEPS.map((step, i) => ({ step, state: i < at ? 'done' : i === at ? 'current' : 'todo' }));
}
