import { describe, expect, it } from 'vitest';
import { changeSince, compare, highlights } from '../../src/lib/domain/comparison/compare';
import { anonymousLabels, bandOf, selectGroup } from '../../src/lib/domain/comparison/groups';
import { summarize } from '../../src/lib/domain/comparison/stats';
import type { PeerResult, ScoredEntity } from '../../src/lib/domain/comparison/types';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const bands = loadQuestionnaireDir('questionnaires/gri-2026').framework.peer_bands;

const peer = (id: string, overall: number | null, fields: Partial<PeerResult> = {}): PeerResult => ({
	id,
	name: id,
	country: 'FI',
	year: 2025,
	population: 60_000,
	diversityShare: 8,
	overall,
	areas: {},
	kind: 'reference',
	synthetic: true,
	source: 'test',
	...fields
});
const own: ScoredEntity = {
	id: 'own',
	country: 'FI',
	population: 68_400,
	diversityShare: 9.8,
	overall: 60,
	areas: { a: 50, b: null }
};

describe('summarize', () => {
	it('ranks with ties sharing a rank and counts the municipality itself in n', () => {
		expect(summarize(60, [70, 60, 60, 50])).toEqual({
			own: 60,
			n: 5,
			mean: 60,
			median: 60,
			min: 50,
			max: 70,
			rank: 2,
			gap: 0
		});
		expect(summarize(80, [70, 80]).rank).toBe(1);
		expect(summarize(10, [70, 80]).rank).toBe(3);
	});

	it('handles an empty group: rank 1 of 1 and no statistics', () => {
		expect(summarize(42, [])).toEqual({
			own: 42,
			n: 1,
			mean: null,
			median: null,
			min: null,
			max: null,
			rank: 1,
			gap: null
		});
	});

	it('leaves out missing values and has no rank when the municipality has no score', () => {
		expect(summarize(50, [null, 40, null, 60])).toMatchObject({ n: 3, mean: 50, median: 50, rank: 2 });
		expect(summarize(null, [40, 60])).toMatchObject({ n: 2, rank: null, gap: null, mean: 50 });
	});

	it('rounds the mean and the gap to one decimal', () => {
		expect(summarize(50, [10, 20, 30.5])).toMatchObject({ mean: 20.2, gap: 29.8 });
	});
});

describe('groups and bands', () => {
	it('puts a band’s lower limit in that band and its upper limit in the next', () => {
		expect(bandOf(49_999, bands.population)?.code).toBe('under-50k');
		expect(bandOf(50_000, bands.population)?.code).toBe('50k-100k');
		expect(bandOf(500_000, bands.population)?.code).toBe('500k-plus');
		expect(bandOf(9.99, bands.diversity)?.code).toBe('5-10');
		expect(bandOf(10, bands.diversity)?.code).toBe('10-15');
	});

	it('selects the same population band, diversity band, country or a hand-picked set, never itself', () => {
		const peers = [
			peer('small', 50, { population: 20_000, diversityShare: 2 }),
			peer('similar', 55, { population: 99_999, diversityShare: 5 }),
			peer('diverse', 65, { population: 300_000, diversityShare: 9.9, country: 'SE' }),
			peer('own', 99)
		];
		expect(selectGroup(own, peers, 'all', bands).map((p) => p.id)).toEqual(['small', 'similar', 'diverse']);
		expect(selectGroup(own, peers, 'population', bands).map((p) => p.id)).toEqual(['similar']);
		expect(selectGroup(own, peers, 'diversity', bands).map((p) => p.id)).toEqual(['similar', 'diverse']);
		expect(selectGroup(own, peers, 'country', bands).map((p) => p.id)).toEqual(['small', 'similar']);
		expect(selectGroup(own, peers, 'custom', bands, new Set(['diverse', 'own'])).map((p) => p.id)).toEqual([
			'diverse'
		]);
	});

	it('labels anonymous peers A, B, … by id, so the label says nothing about scores or size', () => {
		const labels = anonymousLabels(['zz', 'aa', 'mm']);
		expect([...labels.entries()]).toEqual([
			['aa', 'A'],
			['mm', 'B'],
			['zz', 'C']
		]);
		expect(
			anonymousLabels(Array.from({ length: 28 }, (_, i) => `id${String(i).padStart(2, '0')}`)).get('id27')
		).toBe('AB');
	});
});

describe('compare, change and highlights', () => {
	const group = [peer('p1', 70, { areas: { a: 70, b: 40 } }), peer('p2', 50, { areas: { a: null, b: 60 } })];

	it('compares per area, leaving a peer out only of the areas it lacks', () => {
		const c = compare(own, group, ['a', 'b']);
		expect(c.overall).toMatchObject({ own: 60, mean: 60, rank: 2, n: 3 });
		expect(c.areas.a).toMatchObject({ own: 50, mean: 70, n: 2, rank: 2, gap: -20 });
		expect(c.areas.b).toMatchObject({ own: null, mean: 50, rank: null });
	});

	it('shows the change since the previous round, or nothing without one', () => {
		expect(changeSince(own, { overall: 52.5, areas: { a: 55, b: 10 } }, ['a', 'b'])).toEqual({
			overall: 7.5,
			areas: { a: -5, b: null }
		});
		expect(changeSince(own, null, ['a'])).toEqual({ overall: null, areas: { a: null } });
	});

	it('names the strongest areas and the largest gaps below the mean', () => {
		const c = compare(
			{ ...own, areas: { a: 90, b: 20, c: 50 } },
			[peer('p', 50, { areas: { a: 10, b: 60, c: 55 } })],
			['a', 'b', 'c']
		);
		expect(highlights(c, 2)).toEqual({
			strongest: [
				{ code: 'a', score: 90 },
				{ code: 'c', score: 50 }
			],
			gaps: [
				{ code: 'b', gap: -40, mean: 60 },
				{ code: 'c', gap: -5, mean: 55 }
			]
		});
	});
});

describe('comparisonCsv', () => {
	it('writes negative numbers as numbers, one row per area after the overall index', async () => {
		const { comparisonCsv } = await import('../../src/lib/domain/comparison/compare-csv');
		const c = compare(own, [peer('p1', 70, { areas: { a: 70 } })], ['a']);
		const lines = comparisonCsv(c, [{ code: 'a', name: 'Area, first' }], 'Overall').split('\r\n');
		expect(lines[1]).toBe('overall,Overall,60,70,70,70,70,2,2,-10');
		expect(lines[2]).toBe('a,"Area, first",50,70,70,70,70,2,2,-20');
	});
});
