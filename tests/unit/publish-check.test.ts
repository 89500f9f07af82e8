import { describe, expect, it } from 'vitest';
import { publishProblem } from '../../src/lib/domain/review/publish-check';

describe('publishProblem', () => {
	it('asks for a choice while recommendations are undecided', () => {
		expect(publishProblem({ accepted: 3, undecided: 78, keys: 3 })).toEqual({
			key: 'review.publish.undecided_choice',
			count: 78
		});
	});

	it('counts the undecided as accepted only when the expert accepts them all', () => {
		// 2 accepted + 78 accepted at publishing: three key ones are needed.
		expect(publishProblem({ accepted: 2, undecided: 78, keys: 2, choice: 'accept' })).toEqual({
			key: 'review.publish.keys_range',
			min: 3,
			max: 5,
			count: 2
		});
		// Left out, only the two accepted remain, and both being key is enough.
		expect(publishProblem({ accepted: 2, undecided: 78, keys: 2, choice: 'leave_out' })).toBeNull();
	});

	it('allows 3 to 5 key recommendations and refuses 6', () => {
		for (const keys of [3, 4, 5]) expect(publishProblem({ accepted: 40, undecided: 0, keys })).toBeNull();
		expect(publishProblem({ accepted: 40, undecided: 0, keys: 6 })?.key).toBe('review.publish.keys_range');
	});

	it('publishes a round with nothing to recommend', () => {
		expect(publishProblem({ accepted: 0, undecided: 0, keys: 0 })).toBeNull();
	});
});
