/**
 * Counts failures per key in a sliding window; in memory, because one process serves the app.
 * Sign-in uses it for the budget per client address.
 */
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

	/** Takes back one failure recorded at that time, e.g. one counted ahead of a check that then passed. */
	forget(key: string, at: number): void {
		const times = this.failures.get(key);
		const index = times?.lastIndexOf(at) ?? -1;
		if (index >= 0) times!.splice(index, 1);
		if (times?.length === 0) this.failures.delete(key);
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

export interface ThrottleOptions {
	/** Failures a key may have before its first pause. */
	freeFailures: number;
	/** The first pause; every further failure doubles it. */
	firstPauseMs: number;
	/** The longest pause. */
	maxPauseMs: number;
	/** A key's failures are forgotten after this long without a new one. */
	forgetAfterMs: number;
	/** At most this many keys are kept; beyond it the ones that failed longest ago are dropped. */
	maxKeys?: number;
}

interface ThrottleState {
	failures: number;
	lastFailure: number;
	pausedUntil: number;
}

/**
 * Progressive pauses per key: the first freeFailures failures cost nothing, then each one pauses the key
 * for twice as long as the one before, up to maxPauseMs. In memory, like FailureLimiter.
 */
export class ProgressiveThrottle {
	/** Ordered by last failure, oldest first: a key is moved to the end whenever it fails. */
	private states = new Map<string, ThrottleState>();

	constructor(private readonly opts: ThrottleOptions) {}

	/** Milliseconds until the key may try again; 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const state = this.current(key, now);
		return state ? Math.max(0, state.pausedUntil - now) : 0;
	}

	/** Failures counted for the key (0 once forgotten). */
	failures(key: string, now = Date.now()): number {
		return this.current(key, now)?.failures ?? 0;
	}

	/** Counts a failure; returns the pause it starts, 0 while the key still has free failures. */
	recordFailure(key: string, now = Date.now()): number {
		const failures = (this.current(key, now)?.failures ?? 0) + 1;
		const over = failures - this.opts.freeFailures;
		const pause = over < 0 ? 0 : Math.min(this.opts.maxPauseMs, this.opts.firstPauseMs * 2 ** over);
		this.states.delete(key);
		this.states.set(key, { failures, lastFailure: now, pausedUntil: now + pause });
		if (this.states.size > (this.opts.maxKeys ?? 100_000)) this.prune(now);
		return pause;
	}

	reset(key: string): void {
		this.states.delete(key);
	}

	/** Forgets every key the predicate picks; returns how many were forgotten. */
	resetWhere(pick: (key: string) => boolean): number {
		let count = 0;
		for (const key of [...this.states.keys()]) {
			if (pick(key)) {
				this.states.delete(key);
				count++;
			}
		}
		return count;
	}

	private current(key: string, now: number): ThrottleState | undefined {
		const state = this.states.get(key);
		if (state && now - state.lastFailure >= this.opts.forgetAfterMs) {
			this.states.delete(key);
			return undefined;
		}
		return state;
	}

	private prune(now: number): void {
		const max = this.opts.maxKeys ?? 100_000;
		for (const [key, state] of this.states) {
			if (this.states.size <= max && now - state.lastFailure < this.opts.forgetAfterMs) break;
			this.states.delete(key);
		}
	}
}
