import { describe, expect, it } from 'vitest';
import {
	referenceAreaCodes,
	referenceCsvTemplateColumns
} from '../../src/lib/domain/comparison/reference-csv';
import type { GroupKind } from '../../src/lib/domain/comparison/types';
import { comparePage } from '../../src/lib/server/services/comparison';
import { importReferenceResults } from '../../src/lib/server/services/reference-import';
import { publishRound, startReview } from '../../src/lib/server/services/review';
import { openRound, submitRound } from '../../src/lib/server/services/rounds';
import type { Db } from '../../src/lib/server/db/client';
import { addMunicipality, addUser, grant } from '../helpers/db';
import { ANSWERS, answer, reviewSetup } from './review-fixtures';
import { mini, questionnaires, roundSetup } from './round-fixtures';

/** Another municipality that answers like Koivuranta, gives `fact` as its q4 and publishes. */
function publishedPeer(db: Db, name: string, fact: number | null) {
	const town = addMunicipality(db, { name });
	const coordinator = addUser(db);
	const expert = addUser(db);
	grant(db, coordinator, town.id, 'coordinator');
	grant(db, expert, town.id, 'expert');
	const round = openRound(db, questionnaires, coordinator, {
		municipalityId: town.id,
		questionnaireId: 'mini',
		year: 2026
	});
	answer(
		db,
		coordinator,
		round.id,
		fact === null ? ANSWERS : { ...ANSWERS, q4: { kind: 'number', value: fact } }
	);
	submitRound(db, questionnaires, coordinator, round.id);
	startReview(db, questionnaires, expert, round.id);
	publishRound(db, questionnaires, expert, round.id, 'accept');
}

/** Reference results with these populations (and 8 % foreign-born), named by their population. */
function importPeers(db: Db, populations: number[], measure = 'foreign_born') {
	const rows = populations.map((p) =>
		[
			`Pop ${p}`,
			'FI',
			2025,
			p,
			8,
			measure,
			50,
			...referenceAreaCodes(mini).map(() => 50),
			'Test',
			'true'
		].join(',')
	);
	const header = referenceCsvTemplateColumns(mini).join(',');
	importReferenceResults(db, addUser(db, { isAdmin: true }), mini, [header, ...rows].join('\n'));
}

describe('context facts beside the comparison', () => {
	it('shows the group’s median of a fact once three published peers give it, never a single peer’s figure', () => {
		const { db, coordinator, member, round } = reviewSetup('draft');
		answer(db, member, round.id, { q4: { kind: 'number', value: 12.5 } });
		publishedPeer(db, 'Aurajoki', 10);
		publishedPeer(db, 'Bergby', 30);
		publishedPeer(db, 'Ceder', null);
		const page = (kind: GroupKind = 'all') =>
			comparePage(db, questionnaires, coordinator, round.id, kind, new Set());
		expect(page().facts).toMatchObject([{ code: 'q4', value: 12.5, peers: null }]);

		publishedPeer(db, 'Dalby', 40);
		expect(page().facts).toMatchObject([{ code: 'q4', value: 12.5, peers: { median: 30, n: 3 } }]);
	});
});

describe('a round with too few answers', () => {
	it('gets no rank, no ranking and no strongest areas, and says why', () => {
		const { db, coordinator, member, round } = roundSetup();
		answer(db, member, round.id, { q1: ANSWERS.q1 });
		importPeers(db, [20_000, 40_000, 60_000]);
		const page = comparePage(db, questionnaires, coordinator, round.id, 'all', new Set());
		expect(page.completeness).toMatchObject({ ranked: false, required: 80 });
		expect(page.completeness.percent).toBeLessThan(80);
		expect(page.selected.overall.rank).toBeNull();
		expect(Object.values(page.selected.areas).every((s) => s.rank === null)).toBe(true);
		expect(page.ranking).toEqual([]);
		expect(page.highlights).toEqual({ strongest: [], gaps: [] });
	});

	it('is ranked once enough is answered', () => {
		const { db, coordinator, member, round } = roundSetup();
		answer(db, member, round.id, ANSWERS);
		importPeers(db, [20_000, 40_000, 60_000]);
		const page = comparePage(db, questionnaires, coordinator, round.id, 'all', new Set());
		expect(page.completeness.ranked).toBe(true);
		expect(page.selected.overall.rank).not.toBeNull();
		expect(page.ranking.length).toBe(4);
	});
});

describe('the most similar municipalities and the diversity measure', () => {
	it('holds the ten nearest by size, and the diversity group only shares counted the same way', () => {
		// Koivuranta has 50,000 residents and 8 % foreign-language speakers.
		const { db, coordinator, member, round } = roundSetup();
		answer(db, member, round.id, ANSWERS);
		const populations = [
			1_000, 3_000, 20_000, 30_000, 40_000, 45_000, 50_000, 55_000, 60_000, 70_000, 90_000, 400_000
		];
		importPeers(db, populations, 'foreign_language');
		importPeers(db, [50_001], 'foreign_born');
		const similar = comparePage(db, questionnaires, coordinator, round.id, 'similar', new Set());
		expect(similar.groupSize).toBe(10);
		const names = similar.ranking.filter((r) => !r.isOwn).map((r) => r.name);
		expect(names).toContain('Pop 50001');
		expect(names).not.toContain('Pop 1000');
		expect(names).not.toContain('Pop 400000');

		const diversity = comparePage(db, questionnaires, coordinator, round.id, 'diversity', new Set());
		expect(diversity.ranking.map((r) => r.name)).not.toContain('Pop 50001');
		expect(diversity.groupSize).toBe(populations.length);
		expect(similar.measureMix).toEqual({ other: 1, unknown: 0 });
	});
});
