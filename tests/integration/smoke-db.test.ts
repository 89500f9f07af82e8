import { describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';

describe('database', () => {
	it('opens in memory with migrations applied and foreign keys enforced', () => {
		const db = freshDb();
		const tables = db.$client.prepare("select name from sqlite_master where type='table'").all() as Array<{
			name: string;
		}>;
		expect(tables.map((t) => t.name)).toEqual(
			expect.arrayContaining(['users', 'sessions', 'municipalities', 'memberships', 'audit_log'])
		);
		expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(() =>
			db.$client
				.prepare("insert into sessions (id, user_id, expires_at) values ('s', 'no-such-user', 0)")
				.run()
		).toThrow(/FOREIGN KEY/);
	});
});
