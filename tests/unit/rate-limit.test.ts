import { describe, expect, it } from 'vitest';
import { FailureLimiter, ProgressiveThrottle } from '../../src/lib/server/rate-limit';

const WINDOW = 15 * 60_000;
const T0 = 1_700_000_000_000;

describe('FailureLimiter', () => {
	it('lets a key try until it reaches the limit, then blocks it', () => {
		const limiter = new FailureLimiter(3, WINDOW);
		limiter.recordFailure('k', T0);
		limiter.recordFailure('k', T0 + 1_000);
		expect(limiter.retryAfter('k', T0 + 2_000)).toBe(0);
		limiter.recordFailure('k', T0 + 2_000);
		expect(limiter.retryAfter('k', T0 + 2_000)).toBeGreaterThan(0);
	});

	it('counts down until the oldest counted failure leaves the window', () => {
		const limiter = new FailureLimiter(2, WINDOW);
		limiter.recordFailure('k', T0);
		limiter.recordFailure('k', T0 + 60_000);
		expect(limiter.retryAfter('k', T0 + 60_000)).toBe(WINDOW - 60_000);
		expect(limiter.retryAfter('k', T0 + 10 * 60_000)).toBe(WINDOW - 10 * 60_000);
		expect(limiter.retryAfter('k', T0 + WINDOW - 1)).toBe(1);
		expect(limiter.retryAfter('k', T0 + WINDOW)).toBe(0);
		expect(limiter.retryAfter('k', T0 + 2 * WINDOW)).toBe(0);
	});

	it('forgets failures older than the window when counting', () => {
		const limiter = new FailureLimiter(2, WINDOW);
		limiter.recordFailure('k', T0);
		limiter.recordFailure('k', T0 + WINDOW + 1);
		expect(limiter.retryAfter('k', T0 + WINDOW + 1)).toBe(0);
	});

	it('is unblocked by reset', () => {
		const limiter = new FailureLimiter(1, WINDOW);
		limiter.recordFailure('k', T0);
		expect(limiter.retryAfter('k', T0)).toBeGreaterThan(0);
		limiter.reset('k');
		expect(limiter.retryAfter('k', T0)).toBe(0);
		limiter.recordFailure('k', T0);
		expect(limiter.retryAfter('k', T0)).toBeGreaterThan(0);
	});

	it('keeps keys independent', () => {
		const limiter = new FailureLimiter(2, WINDOW);
		limiter.recordFailure('a', T0);
		limiter.recordFailure('a', T0);
		limiter.recordFailure('b', T0);
		expect(limiter.retryAfter('a', T0)).toBeGreaterThan(0);
		expect(limiter.retryAfter('b', T0)).toBe(0);
		limiter.reset('a');
		limiter.recordFailure('b', T0);
		expect(limiter.retryAfter('a', T0)).toBe(0);
		expect(limiter.retryAfter('b', T0)).toBeGreaterThan(0);
	});

	it('uses the real clock when no time is given', () => {
		const limiter = new FailureLimiter(1, WINDOW);
		limiter.recordFailure('k');
		const wait = limiter.retryAfter('k');
		expect(wait).toBeGreaterThan(WINDOW - 5_000);
		expect(wait).toBeLessThanOrEqual(WINDOW);
	});
});

describe('FailureLimiter.forget', () => {
	it('takes back one failure recorded at that time', () => {
		const limiter = new FailureLimiter(2, WINDOW);
		limiter.recordFailure('k', T0);
		limiter.recordFailure('k', T0 + 1);
		expect(limiter.retryAfter('k', T0 + 1)).toBeGreaterThan(0);
		limiter.forget('k', T0 + 1);
		expect(limiter.retryAfter('k', T0 + 1)).toBe(0);
		limiter.forget('k', T0 + 99);
		limiter.recordFailure('k', T0 + 2);
		expect(limiter.retryAfter('k', T0 + 2)).toBeGreaterThan(0);
	});
});

describe('ProgressiveThrottle', () => {
	const MIN = 60_000;
	const throttle = (maxKeys?: number) =>
		new ProgressiveThrottle({
			freeFailures: 3,
			firstPauseMs: MIN,
			maxPauseMs: 15 * MIN,
			forgetAfterMs: 24 * 60 * MIN,
			maxKeys
		});

	it('lets the free failures through, then pauses for twice as long after each failure, up to the maximum', () => {
		const t = throttle();
		expect([t.recordFailure('k', T0), t.recordFailure('k', T0), t.retryAfter('k', T0)]).toEqual([0, 0, 0]);
		const pauses = Array.from({ length: 7 }, () => t.recordFailure('k', T0) / MIN);
		expect(pauses).toEqual([1, 2, 4, 8, 15, 15, 15]);
		expect(t.failures('k', T0)).toBe(9);
		expect(t.retryAfter('k', T0 + 5 * MIN)).toBe(10 * MIN);
		expect(t.retryAfter('k', T0 + 15 * MIN)).toBe(0);
	});

	it('does not overflow after very many failures', () => {
		const t = throttle();
		for (let i = 0; i < 5_000; i++) t.recordFailure('k', T0);
		expect(t.retryAfter('k', T0)).toBe(15 * MIN);
	});

	it('forgets a key a day after its last failure, and on reset', () => {
		const t = throttle();
		for (let i = 0; i < 4; i++) t.recordFailure('k', T0);
		expect(t.failures('k', T0 + 24 * 60 * MIN - 1)).toBe(4);
		expect(t.failures('k', T0 + 24 * 60 * MIN)).toBe(0);
		for (let i = 0; i < 4; i++) t.recordFailure('k', T0);
		t.reset('k');
		expect([t.failures('k', T0), t.retryAfter('k', T0)]).toEqual([0, 0]);
	});

	it('keeps keys apart and resets those picked', () => {
		const t = throttle();
		for (const key of ['a\n1', 'a\n2', 'b\n1']) for (let i = 0; i < 4; i++) t.recordFailure(key, T0);
		expect(t.resetWhere((key) => key.startsWith('a\n'))).toBe(2);
		expect([t.retryAfter('a\n1', T0), t.retryAfter('a\n2', T0), t.retryAfter('b\n1', T0)]).toEqual([
			0,
			0,
			2 * MIN
		]);
	});

	it('drops the keys that failed longest ago beyond its size limit', () => {
		const t = throttle(3);
		for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) t.recordFailure(key, T0 + i);
		expect(['a', 'b', 'c', 'd'].map((k) => t.failures(k, T0 + 10))).toEqual([0, 1, 1, 1]);
		t.recordFailure('b', T0 + 11);
		t.recordFailure('e', T0 + 12);
		expect(['b', 'c', 'd', 'e'].map((k) => t.failures(k, T0 + 20))).toEqual([2, 0, 1, 1]);
	});
});
