import type Database from 'better-sqlite3';
import type { Db } from './client';

/** Large enough to take a burst in one commit, small enough that no one waits behind a long batch. */
export const MAX_BATCH = 64;

interface Job {
	work: () => unknown;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: writes that arrive together share one transaction, and so one fsync. With WAL and
 * synchronous=FULL a commit costs about a millisecond of waiting on the disk whatever it holds, so one
 * commit per save caps a server near 1,000 saves/s while 50 saves per commit cost barely more than one.
 *
 * Work submitted during one turn of the event loop is run on the next (setImmediate, so nothing waits
 * on a timer): up to MAX_BATCH pieces inside one BEGIN IMMEDIATE … COMMIT, each in its own SAVEPOINT,
 * so a piece that throws (a conflict, a refusal, a bug) is rolled back alone and the others commit.
 * Each promise settles only after COMMIT has returned, i.e. once the batch is on disk; when the commit
 * fails, every piece of the batch is rejected, since none of them is saved. Everything between BEGIN
 * and COMMIT is synchronous, so no other code on the connection can run inside a batch.
 */
export class GroupCommit {
	private waiting: Job[] = [];
	private scheduled = false;
	private readonly sql: Record<
		'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollbackTo',
		Database.Statement
	>;

	constructor(
		private readonly sqlite: Database.Database,
		private readonly maxBatch = MAX_BATCH
	) {
		this.sql = {
			begin: sqlite.prepare('BEGIN IMMEDIATE'),
			commit: sqlite.prepare('COMMIT'),
			rollback: sqlite.prepare('ROLLBACK'),
			savepoint: sqlite.prepare('SAVEPOINT piece'),
			release: sqlite.prepare('RELEASE piece'),
			rollbackTo: sqlite.prepare('ROLLBACK TO piece')
		};
	}

	/** Runs work inside the next batch's transaction; settles once that transaction is committed. */
	submit<T>(work: () => T): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
			if (!this.scheduled) {
				this.scheduled = true;
				setImmediate(() => this.flush());
			}
		});
	}

	/** How many pieces wait for the next batch; for tests and diagnostics. */
	get pending(): number {
		return this.waiting.length;
	}

	private flush(): void {
		this.scheduled = false;
		while (this.waiting.length) this.commit(this.waiting.splice(0, this.maxBatch));
	}

	private commit(batch: Job[]): void {
		const outcomes: Outcome[] = [];
		try {
			this.sql.begin.run();
			for (const job of batch) outcomes.push(this.piece(job));
			this.sql.commit.run();
		} catch (error) {
			// Nothing of this batch is on disk: every piece fails, including those that had run.
			if (this.sqlite.inTransaction) this.rollbackQuietly();
			for (const job of batch) job.reject(error);
			return;
		}
		batch.forEach((job, i) => {
			const outcome = outcomes[i]!;
			if (outcome.ok) job.resolve(outcome.value);
			else job.reject(outcome.error);
		});
	}

	private piece(job: Job): Outcome {
		this.sql.savepoint.run();
		try {
			const value = job.work();
			this.sql.release.run();
			return { ok: true, value };
		} catch (error) {
			// Some errors (disk full, I/O) make SQLite roll back the whole transaction: then the pieces
			// before this one are undone too, and the batch must fail as a whole.
			if (!this.sqlite.inTransaction) throw error;
			this.sql.rollbackTo.run();
			this.sql.release.run();
			return { ok: false, error };
		}
	}

	private rollbackQuietly(): void {
		try {
			this.sql.rollback.run();
		} catch {
			// Already rolled back by SQLite; the original error is what the callers need.
		}
	}
}

const queues = new WeakMap<Database.Database, GroupCommit>();

/** The connection's one group-commit queue. */
export function groupCommit(db: Pick<Db, '$client'>): GroupCommit {
	let queue = queues.get(db.$client);
	if (!queue) queues.set(db.$client, (queue = new GroupCommit(db.$client)));
	return queue;
}
