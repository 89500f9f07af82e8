import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '../../src/lib/server/rate-limit';

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
