import { describe, expect, it } from 'vitest';
import { peerMatcher, pickList } from '../../src/lib/domain/comparison/peer-search';

describe('the peer picker’s search', () => {
	it('finds a name by any part of it, in any case, and an anonymous peer only by its letter', () => {
		const match = peerMatcher('  lahti ');
		expect(match('Lahti', null)).toBe(true);
		expect(match('Hämeenlinna-Lahti region', null)).toBe(true);
		expect(match('Turku', null)).toBe(false);
		expect(match(null, 'LAHTI')).toBe(false);
		expect(peerMatcher('b')(null, 'B')).toBe(true);
		expect(peerMatcher('Municipality B')(null, 'B')).toBe(true);
		expect(peerMatcher('kunta ab')(null, 'AB')).toBe(true);
		expect(peerMatcher('b')(null, 'AB')).toBe(false);
		expect(peerMatcher('b')('Borgå', null)).toBe(true);
	});

	it('matches everyone when empty', () => {
		expect(peerMatcher('')('Turku', null) && peerMatcher(' ')(null, 'C')).toBe(true);
	});

	it('lists the first matches in order and every chosen peer, matching or not', () => {
		const order = [5, 3, 8, 1, 9, 2];
		const even = (i: number) => i % 2 === 0;
		expect(pickList(order, even, new Set([9]), 1)).toEqual({ listed: [8, 9], matching: 2 });
		expect(pickList(order, () => true, new Set(), 10)).toEqual({ listed: order, matching: 6 });
		expect(pickList(order, () => false, new Set([1, 5]), 10)).toEqual({ listed: [5, 1], matching: 0 });
	});
});
