import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../src/lib/server/user-caches';

describe('TtlCache', () => {
	it('keeps an entry for its time to live and not a moment longer', () => {
		const cache = new TtlCache<string>(5_000, 10);
		cache.set('k', 'anna', 'v', 1_000);
		expect(cache.get('k', 1_000)).toBe('v');
		expect(cache.get('k', 5_999)).toBe('v');
		expect(cache.get('k', 6_000)).toBeUndefined();
		expect(cache.size).toBe(0);
	});

	it('treats a clock that went back as expired', () => {
		const cache = new TtlCache<string>(5_000, 10);
		cache.set('k', 'anna', 'v', 10_000);
		expect(cache.get('k', 9_999)).toBeUndefined();
	});

	it('holds at most its maximum, dropping the oldest entry first', () => {
		const cache = new TtlCache<number>(5_000, 3);
		for (let i = 0; i < 5; i++) cache.set(`k${i}`, 'anna', i, 1_000);
		expect(cache.size).toBe(3);
		expect(['k0', 'k1', 'k2', 'k3', 'k4'].map((k) => cache.get(k, 1_000))).toEqual([
			undefined,
			undefined,
			2,
			3,
			4
		]);
	});

	it('drops every entry of one user and only theirs', () => {
		const cache = new TtlCache<number>(5_000, 10);
		cache.set('a1', 'anna', 1, 0);
		cache.set('a2', 'anna', 2, 0);
		cache.set('b1', 'bert', 3, 0);
		cache.deleteUser('anna');
		expect([cache.get('a1', 0), cache.get('a2', 0), cache.get('b1', 0)]).toEqual([undefined, undefined, 3]);
	});
});
