import { describe, expect, it } from 'vitest';
import { bandsFor } from '../../src/lib/domain/comparison/bands';
import { bandOf, selectGroup } from '../../src/lib/domain/comparison/groups';
import { groupMembers, measureMix, toColumns } from '../../src/lib/domain/comparison/peer-columns';
import { similarity } from '../../src/lib/domain/comparison/similar';
import type { PeerResult, ScoredEntity } from '../../src/lib/domain/comparison/types';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const framework = loadQuestionnaireDir('questionnaires/gri-2026').framework;
const finnish = bandsFor(framework.peer_bands, 'FI');
const icc = bandsFor(framework.peer_bands, 'SE');

const peer = (id: string, fields: Partial<PeerResult> = {}): PeerResult => ({
	id,
	name: id,
	country: 'FI',
	year: 2025,
	population: 60_000,
	diversityShare: 8,
	diversityMeasure: 'foreign_language',
	overall: 50,
	areas: {},
	kind: 'reference',
	synthetic: true,
	source: 'test',
	...fields
});
const own: ScoredEntity = {
	id: 'own',
	country: 'FI',
	population: 10_000,
	diversityShare: 5,
	diversityMeasure: 'foreign_language',
	overall: 60,
	areas: {}
};

describe('bands per country', () => {
	it('places a Finnish municipality in Finland’s finer size bands, limits belonging to the band above', () => {
		const code = (population: number) => bandOf(population, finnish.population)?.code;
		expect([0, 9_999, 10_000, 19_999, 20_000, 49_999, 50_000, 99_999, 100_000, 5_000_000].map(code)).toEqual([
			'fi-under-10k',
			'fi-under-10k',
			'fi-10k-20k',
			'fi-10k-20k',
			'fi-20k-50k',
			'fi-20k-50k',
			'fi-50k-100k',
			'fi-50k-100k',
			'fi-100k-plus',
			'fi-100k-plus'
		]);
	});

	it('keeps the ICC-wide size bands for other countries, and splits the top diversity band at 35 %', () => {
		const size = (population: number) => bandOf(population, icc.population)?.code;
		expect([9_999, 49_999, 50_000, 499_999, 500_000].map(size)).toEqual([
			'under-50k',
			'under-50k',
			'50k-100k',
			'200k-500k',
			'500k-plus'
		]);
		const share = (value: number) => bandOf(value, icc.diversity)?.code;
		expect([0, 4.9, 5, 19.9, 20, 34.9, 35, 80].map(share)).toEqual([
			'under-5',
			'under-5',
			'5-10',
			'15-20',
			'20-35',
			'20-35',
			'35-plus',
			'35-plus'
		]);
		expect(bandsFor(framework.peer_bands, 'fi').population).toBe(finnish.population);
	});

	it('puts a town of 12,000 with towns of 10,000–19,999, not with every place under 50,000', () => {
		const peers = [
			peer('tiny', { population: 4_000 }),
			peer('same', { population: 19_999 }),
			peer('bigger', { population: 35_000 })
		];
		const group = selectGroup({ ...own, population: 12_000 }, peers, 'population', finnish);
		expect(group.map((p) => p.id)).toEqual(['same']);
	});
});

describe('the most similar municipalities', () => {
	it('measures size by ratio and diversity in tens of points', () => {
		expect(similarity({ population: 10_000, diversityShare: 5 }, { population: 100_000, diversityShare: 5 })).toBe(1);
		expect(similarity({ population: 10_000, diversityShare: 5 }, { population: 10_000, diversityShare: 15 })).toBe(1);
		expect(
			similarity({ population: 10_000, diversityShare: 5 }, { population: 1_000, diversityShare: 7 })
		).toBeCloseTo(1.2, 10);
	});

	it('takes the N nearest, equally near ones by id, the same in both implementations', () => {
		// Distances from (10,000; 5 %): a 0.0, b 0.3, c 0.3 (tie, later id), d 1.0, e 2.0.
		const peers = [
			peer('e', { population: 1_000_000, diversityShare: 5 }),
			peer('c', { population: 10_000, diversityShare: 8 }),
			peer('a', { population: 10_000, diversityShare: 5 }),
			peer('d', { population: 100_000, diversityShare: 5 }),
			peer('b', { population: 10_000, diversityShare: 2 })
		];
		expect(selectGroup(own, peers, 'similar', finnish, new Set(), 3).map((p) => p.id)).toEqual(['a', 'b', 'c']);
		const cols = toColumns(peers, []);
		const members = [...groupMembers(cols, own, 'similar', finnish, -1, new Set(), 3)].map((i) => peers[i]!.id);
		expect(members.sort()).toEqual(['a', 'b', 'c']);
		// Leaving the viewer's own entry out lets the next one in.
		const without = groupMembers(cols, own, 'similar', finnish, 2, new Set(), 3);
		expect([...without].map((i) => peers[i]!.id).sort()).toEqual(['b', 'c', 'd']);
	});
});

describe('diversity compared like with like', () => {
	const peers = [
		peer('language', { diversityShare: 6, diversityMeasure: 'foreign_language' }),
		peer('born', { diversityShare: 6, diversityMeasure: 'foreign_born' }),
		peer('unsaid', { diversityShare: 6, diversityMeasure: null }),
		peer('other-band', { diversityShare: 12, diversityMeasure: 'foreign_language' })
	];

	it('leaves peers whose share counts something else out of the diversity group', () => {
		const ids = selectGroup(own, peers, 'diversity', finnish).map((p) => p.id);
		expect(ids).toEqual(['language', 'unsaid']);
		const cols = toColumns(peers, []);
		expect([...groupMembers(cols, own, 'diversity', finnish)].map((i) => peers[i]!.id)).toEqual(ids);
	});

	it('counts how many in a group measure otherwise or do not say, for the page to label it mixed', () => {
		const cols = toColumns(peers, []);
		const all = groupMembers(cols, own, 'all', finnish);
		expect(measureMix(cols, all, 'foreign_language')).toEqual({ other: 1, unknown: 1 });
		expect(measureMix(cols, groupMembers(cols, own, 'diversity', finnish), 'foreign_language')).toEqual({
			other: 0,
			unknown: 1
		});
	});
});
