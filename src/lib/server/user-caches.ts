/**
 * Short-lived caches of who a session belongs to and which roles a user holds in a municipality: every
 * request asks the first, every autosave the second, and both rarely change. An entry lives a few
 * seconds at most; everything that ends a session or changes a user's roles or account drops the
 * user's entries at once (invalidateSession, invalidateUserSessions, invalidateUserCaches), so the
 * seconds only matter for changes made by another process on the same database (e.g. `admin:create`).
 */
import type Database from 'better-sqlite3';
import type { Role } from '../domain/roles';
import type { SessionUser } from './auth';
import type { Db } from './db/client';
import type { Session } from './db/schema';

export const USER_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry<V> {
	value: V;
	userId: string;
	at: number;
}

/** Entries expire after ttlMs; past max, the oldest is dropped. */
export class TtlCache<V> {
	private readonly entries = new Map<string, Entry<V>>();

	constructor(
		private readonly ttlMs = USER_CACHE_TTL_MS,
		private readonly max = MAX_ENTRIES
	) {}

	get(key: string, now: number): V | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		// A clock that went back counts as expired too: a cached answer is never older than it says.
		if (now - entry.at >= this.ttlMs || now < entry.at) {
			this.entries.delete(key);
			return undefined;
		}
		return entry.value;
	}

	set(key: string, userId: string, value: V, now: number): void {
		this.entries.delete(key);
		this.entries.set(key, { value, userId, at: now });
		if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
	}

	delete(key: string): void {
		this.entries.delete(key);
	}

	/** Linear in the entries, at most MAX_ENTRIES: sign-outs and role changes are rare next to reads. */
	deleteWhere(matches: (value: V, userId: string) => boolean): void {
		for (const [key, entry] of this.entries) if (matches(entry.value, entry.userId)) this.entries.delete(key);
	}

	deleteUser(userId: string): void {
		this.deleteWhere((_, owner) => owner === userId);
	}

	get size(): number {
		return this.entries.size;
	}
}

const connectionIds = new WeakMap<Database.Database, number>();
let nextConnection = 0;

/** Keys are per database connection, so tests with many databases in one process never share an entry. */
export function cacheKey(db: Pick<Db, '$client'>, ...parts: string[]): string {
	let id = connectionIds.get(db.$client);
	if (id === undefined) connectionIds.set(db.$client, (id = nextConnection++));
	return [id, ...parts].join('\u0000');
}

/** Sessions by the hash of their token, with their user. */
export const sessionCache = new TtlCache<{ session: Session; user: SessionUser }>();
/** A user's roles in a municipality (without admin, which is on the user), and whether it exists. */
export const rolesCache = new TtlCache<{ exists: boolean; roles: Role[] }>();

/**
 * Drops everything cached about the user: their sessions and their roles everywhere. Call it after
 * any change to their account, roles or sessions; it is cheap, and the next request reads the database.
 */
export function invalidateUserCaches(userId: string): void {
	sessionCache.deleteUser(userId);
	rolesCache.deleteUser(userId);
}
