import { describe, expect, it } from 'vitest';
import { roundSteps } from '../../src/lib/domain/round-steps';

const current = (s: ReturnType<typeof roundSteps>) => s.find((x) => x.state === 'current')?.step;

describe('the round stepper', () => {
	it('starts at assigning the areas and moves to answering once someone has one', () => {
		expect(current(roundSteps('draft', false))).toBe('assign');
		const answering = roundSteps('draft', true);
		expect(current(answering)).toBe('answer');
		expect(answering[0]).toEqual({ step: 'assign', state: 'done' });
		expect(answering.filter((s) => s.state === 'todo').map((s) => s.step)).toEqual([
			'submit',
			'review',
			'publish',
			'strategy'
		]);
	});

	it('is at review after submission and at the strategy after publication', () => {
		expect(current(roundSteps('submitted', true))).toBe('review');
		expect(current(roundSteps('in_review', true))).toBe('review');
		const published = roundSteps('published', true);
		expect(current(published)).toBe('strategy');
		expect(published.filter((s) => s.state === 'done')).toHaveLength(5);
	});
});
