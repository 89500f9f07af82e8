import { describe, expect, it } from 'vitest';
import { nextStep } from '../../src/lib/domain/next-step';

describe('the dashboard next step', () => {
	it('changes with the round status for the coordinator', () => {
		expect(nextStep('draft', ['coordinator'])).toEqual({
			key: 'journeys.next.coordinator.draft',
			target: 'round',
			waits: true
		});
		expect(nextStep('submitted', ['coordinator'])?.waits).toBe(false);
		expect(nextStep('published', ['coordinator'])).toMatchObject({
			key: 'journeys.next.coordinator.published',
			target: 'results'
		});
	});

	it('waits for the expert once the round is submitted, and not before', () => {
		expect(nextStep('draft', ['expert'])?.waits).toBe(false);
		expect(nextStep('submitted', ['expert'])).toEqual({
			key: 'journeys.next.expert.submitted',
			target: 'review',
			waits: true
		});
		expect(nextStep('in_review', ['expert'])?.target).toBe('review');
	});

	it('sends a member to their areas only when some are assigned', () => {
		expect(nextStep('draft', ['member'], 3)).toMatchObject({ target: 'area', waits: true });
		expect(nextStep('draft', ['member'], 0)).toMatchObject({
			key: 'journeys.next.member.unassigned',
			waits: false
		});
	});

	it('takes the role whose step waits when a person holds several', () => {
		expect(nextStep('draft', ['leader', 'member'], 2)?.key).toBe('journeys.next.member.draft');
		expect(nextStep('published', ['member', 'leader'])?.key).toBe('journeys.next.leader.published');
		expect(nextStep('published', ['admin'])).toBeNull();
	});
});
