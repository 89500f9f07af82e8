import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { comparisonCsv } from '../../src/lib/domain/comparison/compare-csv';
import { parseCompareQuery } from '../../src/lib/domain/validation/compare-query';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import { assessmentRounds, municipalities, users } from '../../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/demo/seed';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { comparePage } from '../../src/lib/server/services/comparison';
import { strategyPage } from '../../src/lib/server/services/strategy-page';
import { freshDb } from '../helpers/db';

const gri = loadQuestionnaireDir('questionnaires/gri-2026');
const qs = new Map([[gri.framework.id, gri]]);
const dir = mkdtempSync(join(tmpdir(), 'pseudonyms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The demo: Koivuranta (the viewer) has a round published by name in 2025 and a current one in 2026;
 * Järvenlinna published its 2025 round anonymously.
 */
async function demo(db: Db = freshDb()) {
	await seedDemoIfEmpty(db);
	const town = (name: string) => db.select().from(municipalities).where(eq(municipalities.name, name)).get()!;
	const roundOf = (municipalityId: string, year: number) =>
		db
			.select()
			.from(assessmentRounds)
			.where(and(eq(assessmentRounds.municipalityId, municipalityId), eq(assessmentRounds.year, year)))
			.get()!;
	const u = db.select().from(users).where(eq(users.email, 'coordinator@demo.example')).get()!;
	const viewer = { id: u.id, email: u.email, name: u.name, isAdmin: u.isAdmin, locale: u.locale };
	const own = town('Koivuranta (demo)');
	const hidden = town('Järvenlinna (demo)');
	return {
		db,
		viewer,
		current: roundOf(own.id, 2026).id,
		earlier: roundOf(own.id, 2025).id,
		hidden: { municipalityId: hidden.id, roundId: roundOf(hidden.id, 2025).id, name: hidden.name }
	};
}

/** What the browser gets for the compare page with this query. */
function comparePageFor(
	db: Db,
	viewer: Awaited<ReturnType<typeof demo>>['viewer'],
	roundId: string,
	query = ''
) {
	const { group, peers } = parseCompareQuery(new URLSearchParams(query));
	return comparePage(db, qs, viewer, roundId, group, peers);
}

const anonymous = (data: ReturnType<typeof comparePage>) => data.pickable.filter((p) => p.name === null);

describe('an anonymous peer on the compare page', () => {
	it('is shown by letter, and neither its municipality id nor its round id is sent', async () => {
		// The published 2025 round: the half-answered 2026 one is too incomplete to be ranked at all.
		const { db, viewer, earlier, hidden } = await demo();
		const data = comparePageFor(db, viewer, earlier);
		expect(anonymous(data)).toEqual([
			{ id: expect.stringMatching(/^a:[a-z2-7]{26}$/), name: null, letter: 'A', synthetic: true }
		]);
		expect(data.ranking.find((r) => r.letter === 'A')).toMatchObject({ country: null, name: null });
		const json = JSON.stringify(data);
		for (const secret of [hidden.municipalityId, hidden.roundId, hidden.name])
			expect(json).not.toContain(secret);
		// Named peers keep their ids.
		expect(data.pickable.filter((p) => p.name !== null).every((p) => p.id.startsWith('r:'))).toBe(true);
	});

	it('is picked for the hand-picked group by its opaque id, request after request', async () => {
		const { db, viewer, earlier, hidden } = await demo();
		const id = anonymous(comparePageFor(db, viewer, earlier))[0]!.id;
		const named = comparePageFor(db, viewer, earlier).pickable.find((p) => p.name !== null)!.id;
		const data = comparePageFor(db, viewer, earlier, `group=custom&peers=${id}&peers=${named}`);
		expect(data.groupSize).toBe(2);
		expect(data.customIds).toEqual([id, named]);
		expect(
			data.ranking
				.filter((r) => !r.isOwn)
				.map((r) => r.id)
				.sort()
		).toEqual([id, named].sort());
		expect(data.ranking.find((r) => r.id === id)!.letter).toBe('A');
		const json = JSON.stringify(data);
		expect(json).not.toContain(hidden.municipalityId);
		expect(json).not.toContain(hidden.roundId);

		// The CSV export of that group is aggregates only.
		const csv = comparisonCsv(data.selected, [{ code: 'commitment', name: 'Commitment' }], 'Overall');
		expect(csv).not.toContain(id);
		expect(csv).not.toContain(hidden.municipalityId);
	});

	it('cannot be found by its real id in the query, and the query is not echoed back', async () => {
		const { db, viewer, current, hidden } = await demo();
		const data = comparePageFor(db, viewer, current, `group=custom&peers=m:${hidden.municipalityId}`);
		expect(data.groupSize).toBe(0);
		expect(data.customIds).toEqual([]);
		expect(JSON.stringify(data)).not.toContain(hidden.municipalityId);
	});

	it('has another id in another round’s comparison, so the two cannot be matched', async () => {
		const { db, viewer, current, earlier } = await demo();
		const now = anonymous(comparePageFor(db, viewer, current))[0]!.id;
		const before = anonymous(comparePageFor(db, viewer, earlier))[0]!.id;
		expect(before).toMatch(/^a:/);
		expect(before).not.toBe(now);
		expect(comparePageFor(db, viewer, earlier, `group=custom&peers=${now}`).groupSize).toBe(0);
	});

	it('keeps its id when the server restarts: the key is stored with the data', async () => {
		const file = join(dir, 'app.db');
		const first = await demo(openDatabase(file));
		const id = anonymous(comparePageFor(first.db, first.viewer, first.current))[0]!.id;
		first.db.$client.close();

		const reopened = openDatabase(file);
		const data = comparePageFor(reopened, first.viewer, first.current, `group=custom&peers=${id}`);
		expect(data.groupSize).toBe(1);
		expect(anonymous(data)[0]!.id).toBe(id);
		reopened.$client.close();
	});

	it('does not reach the strategy page’s score summary either', async () => {
		const { db, viewer, earlier, hidden } = await demo();
		// The demo drafts Koivuranta's 2025 programme itself (seed-strategy.ts), so it is already there.
		const page = strategyPage(db, qs, viewer, earlier, 'en', true);
		expect(page.exists).toBe(true);
		const json = JSON.stringify(page);
		for (const secret of [hidden.municipalityId, hidden.roundId, hidden.name])
			expect(json).not.toContain(secret);
	});
});
