/** How many key recommendations the expert puts first in the report. */
export const KEY_MIN = 3;
export const KEY_MAX = 5;

/** What the expert chose for the recommendations still undecided when publishing. */
export const UNDECIDED_CHOICES = ['accept', 'leave_out'] as const;
export type UndecidedChoice = (typeof UNDECIDED_CHOICES)[number];

export interface PublishInput {
	/** Accepted before the choice below is applied. */
	accepted: number;
	undecided: number;
	/** Key recommendations among those that will be accepted. */
	keys: number;
	choice?: UndecidedChoice;
}

export type PublishProblem =
	| { key: 'review.publish.undecided_choice'; count: number }
	| { key: 'review.publish.keys_range'; min: number; max: number; count: number };

/**
 * Why the round cannot be published yet, or null. Undecided recommendations need an explicit choice,
 * and 3-5 key recommendations must be chosen among the accepted (fewer only when fewer are accepted).
 */
export function publishProblem(input: PublishInput): PublishProblem | null {
	if (input.undecided > 0 && !input.choice)
		return { key: 'review.publish.undecided_choice', count: input.undecided };
	const accepted = input.accepted + (input.choice === 'accept' ? input.undecided : 0);
	const min = Math.min(KEY_MIN, accepted);
	if (input.keys < min || input.keys > KEY_MAX)
		return { key: 'review.publish.keys_range', min, max: KEY_MAX, count: input.keys };
	return null;
}
