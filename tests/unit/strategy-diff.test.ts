import { describe, expect, it } from 'vitest';
import { diffOutlines } from '../../src/lib/domain/strategy/diff';
import type { StrategyOutline } from '../../src/lib/domain/strategy/types';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

const withMeasures = (
	base: StrategyOutline,
	change: (m: StrategyOutline['measures']) => StrategyOutline['measures']
): StrategyOutline => ({ ...base, measures: change(base.measures) });

describe('diffOutlines', () => {
	it('finds nothing between identical outlines', () => {
		expect(diffOutlines(strategyOutlineFixture(), strategyOutlineFixture())).toEqual([]);
	});

	it('reports a changed owner and dates with before and after', () => {
		const a = strategyOutlineFixture();
		const b = withMeasures(a, (ms) =>
			ms.map((m) =>
				m.id === 'm-2' ? { ...m, owner: 'Culture services', start: '2027-04', end: '2028-03' } : m
			)
		);
		expect(diffOutlines(a, b)).toEqual([
			{
				section: 'measures',
				item: 'Language café | weekly in the library',
				field: 'owner',
				before: 'City library',
				after: 'Culture services'
			},
			{
				section: 'measures',
				item: 'Language café | weekly in the library',
				field: 'start',
				before: '2027-02',
				after: '2027-04'
			},
			{
				section: 'measures',
				item: 'Language café | weekly in the library',
				field: 'end',
				before: '',
				after: '2028-03'
			}
		]);
	});

	it('reports added and removed measures without an order change', () => {
		const a = strategyOutlineFixture();
		const b = withMeasures(a, (ms) => [
			...ms.filter((m) => m.id !== 'm-3'),
			{ ...ms[2]!, id: 'm-5', title: 'Mentoring for newcomers' }
		]);
		expect(diffOutlines(a, b)).toEqual([
			{
				section: 'measures',
				item: 'Anti-rumour campaign',
				field: 'removed',
				before: 'Anti-rumour campaign',
				after: ''
			},
			{
				section: 'measures',
				item: 'Mentoring for newcomers',
				field: 'added',
				before: '',
				after: 'Mentoring for newcomers'
			}
		]);
	});

	it('reports a new order of the same measures once', () => {
		const a = strategyOutlineFixture();
		const b = withMeasures(a, (ms) => [ms[1]!, ms[0]!, ms[2]!, ms[3]!]);
		expect(diffOutlines(a, b)).toEqual([
			{ section: 'measures', item: null, field: 'order', before: '', after: '' }
		]);
	});

	it('reports changed link items and indicator values', () => {
		const a = strategyOutlineFixture();
		const b: StrategyOutline = {
			...a,
			links: { ...a.links, items: ['Municipal strategy 2025–2029', 'Housing programme'] },
			indicators: a.indicators.map((i) => (i.id === 'i-culture' ? { ...i, baseline: 40 } : i))
		};
		expect(diffOutlines(a, b)).toEqual([
			{
				section: 'indicators',
				item: 'Cultural and civil life',
				field: 'baseline',
				before: '',
				after: '40'
			},
			{
				section: 'links',
				item: null,
				field: 'items',
				before: 'Municipal strategy 2025–2029; Welfare plan',
				after: 'Municipal strategy 2025–2029; Housing programme'
			}
		]);
	});

	it('reports changed texts of the fixed sections', () => {
		const a = strategyOutlineFixture();
		const b: StrategyOutline = {
			...a,
			vision: {
				text: 'New vision',
				principles: a.vision.principles.map((p) => (p.dimension === 'safety' ? { ...p, text: 'Safe' } : p))
			},
			objectives: a.objectives.map((o) => (o.id === 'o-interaction' ? { ...o, text: 'Meet' } : o)),
			followUp: { text: 'Yearly report' }
		};
		expect(diffOutlines(a, b).map((c) => [c.section, c.item, c.field, c.after])).toEqual([
			['vision', null, 'text', 'New vision'],
			['vision', 'safety', 'principle', 'Safe'],
			['objectives', 'interaction', 'text', 'Meet'],
			['followUp', null, 'text', 'Yearly report']
		]);
	});
});
