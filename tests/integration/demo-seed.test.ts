import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client';
import {
	assessmentRounds,
	recommendations,
	auditLog,
	expertAssignments,
	memberships,
	municipalities,
	users
} from '../../src/lib/server/db/schema';
import {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	isDatabaseEmpty,
	seedDemoIfEmpty
} from '../../src/lib/server/demo/seed';
import { verifyPassword } from '../../src/lib/server/passwords';
import { listMyMunicipalities } from '../../src/lib/server/services/municipalities';
import { addMunicipality, addUser, freshDb } from '../helpers/db';

const counts = (db: Db) => ({
	users: db.select().from(users).all().length,
	municipalities: db.select().from(municipalities).all().length,
	memberships: db.select().from(memberships).all().length,
	experts: db.select().from(expertAssignments).all().length,
	audit: db.select().from(auditLog).all().length
});

describe('seedDemoIfEmpty', () => {
	it('fills an empty database with demo municipalities and accounts that can sign in', async () => {
		const db = freshDb();
		expect(isDatabaseEmpty(db)).toBe(true);
		expect(await seedDemoIfEmpty(db)).toBe(true);

		const towns = db.select().from(municipalities).all();
		expect(towns.length).toBeGreaterThan(0);
		for (const town of towns) {
			expect(town.isDemo).toBe(true);
			expect(town.name).toMatch(/\(demo\)$/);
		}

		const accounts = db.select().from(users).all();
		expect(accounts.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
		expect(accounts.filter((u) => u.isAdmin).map((u) => u.email)).toEqual(['admin@demo.example']);
		expect(await verifyPassword(accounts[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);

		const expert = accounts.find((u) => u.email === 'expert@demo.example')!;
		const expertTowns = listMyMunicipalities(db, { ...expert });
		expect(expertTowns.map((m) => m.roles)).toEqual([['expert'], ['expert']]);
		const coordinator = accounts.find((u) => u.email === 'coordinator@demo.example')!;
		expect(listMyMunicipalities(db, coordinator).map((m) => [m.municipality.name, m.roles])).toEqual([
			['Koivuranta (demo)', ['coordinator']]
		]);

		const audit = db.select().from(auditLog).all();
		expect(audit[0]).toEqual(expect.objectContaining({ action: 'seed_demo', actorUserId: null }));
		// The demo rounds go through the real services, so their steps are audited like anyone's.
		expect(audit.filter((a) => a.entity === 'round' && a.action === 'status').length).toBeGreaterThan(0);
	});

	it('shows every stage: a published round by name, one anonymous, and a half-answered current round', async () => {
		const db = freshDb();
		await seedDemoIfEmpty(db);
		const rounds = db
			.select({
				year: assessmentRounds.year,
				status: assessmentRounds.status,
				visibility: assessmentRounds.visibility,
				town: municipalities.name
			})
			.from(assessmentRounds)
			.innerJoin(municipalities, eq(assessmentRounds.municipalityId, municipalities.id))
			.all()
			.sort((a, b) => a.town.localeCompare(b.town) || a.year - b.year);
		expect(rounds).toEqual([
			{ year: 2025, status: 'published', visibility: 'anonymous', town: 'Järvenlinna (demo)' },
			{ year: 2025, status: 'published', visibility: 'named', town: 'Koivuranta (demo)' },
			{ year: 2026, status: 'draft', visibility: 'anonymous', town: 'Koivuranta (demo)' }
		]);
		expect(
			db
				.select()
				.from(recommendations)
				.all()
				.filter((r) => r.status === 'accepted').length
		).toBeGreaterThan(10);
	});

	it('does nothing the second time', async () => {
		const db = freshDb();
		expect(await seedDemoIfEmpty(db)).toBe(true);
		const after = counts(db);
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect(counts(db)).toEqual(after);
	});

	it('never touches a database that holds a real municipality', async () => {
		const db = freshDb();
		const real = addMunicipality(db, { name: 'Realtown' });
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect(db.select().from(municipalities).all()).toEqual([real]);
		expect(counts(db)).toMatchObject({ users: 0, memberships: 0, experts: 0, audit: 0 });
	});

	it('never touches a database that holds a real account', async () => {
		const db = freshDb();
		addUser(db, { email: 'admin@demo.example' });
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect(counts(db)).toEqual({ users: 1, municipalities: 0, memberships: 0, experts: 0, audit: 0 });
	});
});
