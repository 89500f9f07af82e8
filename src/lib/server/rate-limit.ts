/** Counts failures per key in a sliding window; in memory, because one process serves the app. */
export class FailureLimiter {
	private failures = new Map<string, number[]>();

	constructor(
		private readonly maxFailures: number,
		private readonly windowMs: number
	) {}

	/** Milliseconds until the key may try again; 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const recent = this.recent(key, now);
		if (recent.length < this.maxFailures) return 0;
		return recent[recent.length - this.maxFailures]! + this.windowMs - now;
	}

	recordFailure(key: string, now = Date.now()): void {
		const recent = this.recent(key, now);
		recent.push(now);
		this.failures.set(key, recent);
		if (this.failures.size > 10_000) this.prune(now);
	}

	reset(key: string): void {
		this.failures.delete(key);
	}

	private recent(key: string, now: number): number[] {
		return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
	}

	private prune(now: number): void {
		for (const [key, times] of this.failures) {
			if (times.every((t) => now - t >= this.windowMs)) this.failures.delete(key);
		}
	}
}
