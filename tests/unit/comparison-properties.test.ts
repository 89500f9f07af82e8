import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/lib/domain/comparison/compare';
import { bandsFor } from '../../src/lib/domain/comparison/bands';
import { selectGroup } from '../../src/lib/domain/comparison/groups';
import { compareGroup, groupMembers, toColumns } from '../../src/lib/domain/comparison/peer-columns';
import { rankingWindow } from '../../src/lib/domain/comparison/ranking';
import { countAbove, quantile, seriesOf, summarize } from '../../src/lib/domain/comparison/stats';
import type { GroupKind, PeerResult, Summary } from '../../src/lib/domain/comparison/types';
import { roundScore } from '../../src/lib/domain/scoring/round';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const bands = bandsFor(loadQuestionnaireDir('questionnaires/gri-2026').framework.peer_bands, 'FI');

/** The statistics as they were first written: filter, sort and count for every figure. */
function naiveSummarize(own: number | null, peerValues: ReadonlyArray<number | null>): Summary {
	const values = peerValues.filter((v): v is number => v !== null && Number.isFinite(v));
	const sorted = [...values].sort((a, b) => a - b);
	const n = values.length + (own === null ? 0 : 1);
	if (sorted.length === 0)
		return {
			own,
			n,
			mean: null,
			median: null,
			min: null,
			max: null,
			rank: own === null ? null : 1,
			gap: null
		};
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return {
		own,
		n,
		mean: roundScore(mean),
		median: roundScore(median),
		min: sorted[0]!,
		max: sorted.at(-1)!,
		rank: own === null ? null : 1 + values.filter((v) => v > own).length,
		gap: own === null ? null : roundScore(own - mean)
	};
}

/** The ranking as it was first built: everyone sorted best first, equal scores sharing the first's rank. */
function naiveRanking(own: number | null, group: readonly PeerResult[]) {
	const rows = [{ peer: -1, overall: own }, ...group.map((p) => ({ peer: Number(p.id), overall: p.overall }))]
		.filter((r): r is { peer: number; overall: number } => r.overall !== null)
		.sort((a, b) => b.overall - a.overall);
	let rank = 0;
	return rows.map((r, i) => {
		if (i === 0 || r.overall !== rows[i - 1]!.overall) rank = i + 1;
		return { position: i, rank, peer: r.peer };
	});
}

// Scores with many ties, real ones (0–100, one decimal), any doubles (fast-check favours the tiniest,
// subnormal ones and −0), and the missing or broken values stored results can hold.
const score = fc.oneof(
	fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
	fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
	fc.double({ min: -1e6, max: 1e6, noNaN: true }),
	fc.constantFrom(null, NaN, Infinity, -Infinity, -0)
);
const ownScore = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });

const peer = fc.record({
	overall: fc.option(
		fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
		{ nil: null }
	),
	a: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
	b: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
	population: fc.integer({ min: 1_000, max: 800_000 }),
	diversityShare: fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
	country: fc.constantFrom('FI', 'SE'),
	measure: fc.constantFrom(null, 'foreign_born' as const, 'foreign_language' as const),
	named: fc.boolean()
});
const sample = fc.array(peer, { maxLength: 60 }).map((rows) =>
	rows.map((r, i): PeerResult => ({
		id: String(i),
		name: r.named ? `Town ${i}` : null,
		country: r.country,
		year: 2025,
		population: r.population,
		diversityShare: r.diversityShare,
		diversityMeasure: r.measure,
		overall: r.overall,
		areas: { a: r.a, b: r.b },
		kind: 'published',
		synthetic: false,
		source: 'published'
	}))
);

describe('statistics from one sorted series', () => {
	it('give exactly the figures of the naive statistics, ties and missing values included', () => {
		fc.assert(
			fc.property(ownScore, fc.array(score, { maxLength: 80 }), (own, values) => {
				expect(summarize(own, values)).toEqual(naiveSummarize(own, values));
			}),
			{ numRuns: 500 }
		);
	});

	it('match them at the floating-point edges the random search rarely hits', () => {
		// The median of an even count is (a + b) / 2: a/2 + b/2 rounds for subnormal values, which once gave
		// −0 here where the naive statistics give 0 (fast-check found it, seed 758755299).
		for (const values of [
			[-7.4e-323, 7e-323],
			[-7e-323, -7e-323, 6.4e-323, 5],
			[-9e-323, -9e-323, 8.4e-323, 8.4e-323],
			[-2.5e-323, 1.5e-323],
			[0, -0],
			[-0, 0, -0],
			[5e-324, -5e-324, -0, 0]
		])
			for (const own of [null, 0, 50]) expect(summarize(own, values)).toEqual(naiveSummarize(own, values));
		expect(Object.is(summarize(null, [-7.4e-323, 7e-323]).median, 0)).toBe(true);
	});

	it('rank with ties: k is one more than the number of strictly higher values', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 10 })),
				fc.integer({ min: -1, max: 11 }),
				(values, own) => {
					const { sorted } = seriesOf(values);
					expect(countAbove(sorted, own)).toBe(values.filter((v) => v > own).length);
				}
			)
		);
	});

	it('quantiles interpolate between the closest ranks: median as before, ends at min and max', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.integer({ min: -1000, max: 1000 }).map((n) => n / 7),
					{ minLength: 1, maxLength: 50 }
				),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(values, p) => {
					const sorted = [...values].sort((a, b) => a - b);
					const h = (sorted.length - 1) * p;
					const lo = sorted[Math.floor(h)]!;
					const hi = sorted[Math.ceil(h)]!;
					const naive = lo + (h - Math.floor(h)) * (hi - lo);
					const q = quantile(seriesOf(values).sorted, p)!;
					expect(Math.abs(q - naive)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(naive)));
					expect(q).toBeGreaterThanOrEqual(lo);
					expect(q).toBeLessThanOrEqual(hi);
					const mid = Math.floor(sorted.length / 2);
					const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
					expect(quantile(sorted, 0.5)).toBe(median);
					expect([quantile(sorted, 0), quantile(sorted, 1)]).toEqual([sorted[0], sorted.at(-1)]);
				}
			)
		);
		// Between equal neighbours the quantile is their value: a·(1 − f) + a·f came out a bit off (fast-check).
		const ties: Array<[number[], number]> = [
			[[1.2857142857142858, 1.2857142857142858], 7.789437585503656e-7],
			[[-142.85714285714286, -142.85714285714286, 0, 0, 0, 0], 0.000012013885534761924],
			[[-120, -120, 0, 0, 0], 4.163336342344337e-17],
			[[-98.57142857142857, -98.57142857142857, 0], 7.177912207112503e-7],
			[[32.142857142857146, 32.142857142857146, 32.142857142857146], 2.775557561562892e-17]
		];
		for (const [sorted, p] of ties) expect(quantile(sorted, p)).toBe(sorted[0]);
		expect(quantile([], 0.25)).toBeNull();
		expect([0.25, 0.5, 0.75].map((p) => quantile([10, 20, 30, 40, 50], p))).toEqual([20, 30, 40]);
	});
});

describe('the peer sample in columns', () => {
	const kinds: GroupKind[] = ['all', 'population', 'diversity', 'similar', 'country', 'custom'];
	const own = (overall: number | null) => ({
		id: 'own',
		country: 'FI',
		population: 68_000,
		diversityShare: 9.5,
		diversityMeasure: 'foreign_language' as const,
		overall,
		areas: { a: 50, b: null }
	});

	it('compares every group exactly as compare() over the peers selectGroup picks', () => {
		fc.assert(
			fc.property(
				sample,
				fc.constantFrom(...kinds),
				ownScore,
				fc.array(fc.nat(70)),
				(peers, kind, o, picked) => {
					const cols = toColumns(peers, ['a', 'b']);
					const members = groupMembers(cols, own(o), kind, bands, -1, new Set(picked));
					const ids = new Set(picked.map(String));
					const expected = compare(own(o), selectGroup(own(o), peers, kind, bands, ids), ['a', 'b']);
					expect(compareGroup(own(o), cols, members, ['a', 'b'])).toEqual(expected);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('pages the ranking as slices of the whole ranking, with the municipality and its neighbours', () => {
		fc.assert(
			fc.property(
				sample,
				ownScore,
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 30 }),
				(peers, o, pageSize, page) => {
					const cols = toColumns(peers, ['a', 'b']);
					const members = groupMembers(cols, own(o), 'all', bands);
					const full = naiveRanking(o, peers);
					const got = rankingWindow(cols.overall.values, cols.byOverall, members, o, page, pageSize);
					const start = (got.page - 1) * pageSize;
					const onPage = (r: { position: number }) => r.position >= start && r.position < start + pageSize;
					expect(got.total).toBe(full.length);
					expect(got.page).toBe(Math.min(page, Math.max(1, Math.ceil(full.length / pageSize))));
					expect(got.rows).toEqual(full.slice(start, start + pageSize));
					const ownAt = full.findIndex((r) => r.peer === -1);
					const around =
						ownAt < 0 || onPage(full[ownAt]!) ? [] : full.slice(Math.max(0, ownAt - 2), ownAt + 3);
					expect(got.near).toEqual(around.filter((r) => !onPage(r)));
				}
			),
			{ numRuns: 300 }
		);
	});
});
