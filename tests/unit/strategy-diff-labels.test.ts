import { describe, expect, it } from 'vitest';
import { diffOutlines } from '../../src/lib/domain/strategy/diff';
import { diffFieldLabel, dimensionKey, versionNote } from '../../src/lib/domain/strategy/diff-labels';
import type { StrategyOutline } from '../../src/lib/domain/strategy/types';
import { translate } from '../../src/lib/i18n/translate';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

/** The fixture with every text, number and list changed, one measure and indicator swapped, order reversed. */
function everythingChanged(a: StrategyOutline): StrategyOutline {
	const x = (s: string) => `${s} (edited)`;
	return {
		...a,
		vision: {
			text: x(a.vision.text),
			principles: a.vision.principles.map((p) => ({ ...p, text: x(p.text) }))
		},
		situation: { ...a.situation, text: x(a.situation.text) },
		objectives: a.objectives.map((o) => ({ ...o, text: x(o.text) })),
		measures: [
			...a.measures.slice(1).map((m) => ({
				...m,
				title: x(m.title),
				dimension: m.dimension === 'safety' ? ('attitudes' as const) : ('safety' as const),
				owner: x(m.owner),
				description: x(m.description),
				cost: (m.cost ?? 0) + 1,
				budgetLine: x(m.budgetLine),
				partners: x(m.partners),
				resources: x(m.resources),
				start: '2030-01',
				end: '2031-01'
			})),
			{ ...a.measures[0]!, id: 'm-new' }
		].reverse(),
		indicators: [
			...a.indicators.slice(1).map((i) => ({
				...i,
				name: x(i.name),
				baseline: 1,
				target: 2,
				when: '2031',
				unit: x(i.unit),
				source: x(i.source),
				frequency: x(i.frequency),
				owner: x(i.owner)
			})),
			{ ...a.indicators[0]!, id: 'i-new' }
		],
		governance: { text: x(a.governance.text) },
		links: { text: x(a.links.text), items: [...a.links.items, 'New plan'] },
		followUp: { text: x(a.followUp.text) }
	};
}

describe('version comparison labels', () => {
	const a = strategyOutlineFixture();
	const changes = diffOutlines(a, everythingChanged(a));

	it('has a catalogue label in each language for every field the comparison reports', () => {
		const fields = new Set(changes.map((c) => c.field));
		expect([...fields].sort()).toEqual(
			[
				'added',
				'baseline',
				'budgetLine',
				'cost',
				'description',
				'frequency',
				'source',
				'unit',
				'dimension',
				'end',
				'name',
				'order',
				'owner',
				'partners',
				'principle',
				'removed',
				'resources',
				'start',
				'target',
				'items',
				'text',
				'title',
				'when'
			].sort()
		);
		for (const c of changes) {
			const key = diffFieldLabel(c);
			expect(key, c.field).not.toBe('strategy.diff.other');
			for (const locale of ['en', 'fi', 'sv'] as const) {
				const label = translate(locale, key);
				expect(label).not.toBe(key);
			}
		}
	});

	it('reads the owner as the editor labels it, in Finnish and Swedish too', () => {
		const owner = changes.find((c) => c.field === 'owner' && c.section === 'measures')!;
		expect(diffFieldLabel({ section: 'indicators', field: 'owner' })).toBe(
			'strategy_draft.export.indicator_owner'
		);
		expect(['en', 'fi', 'sv'].map((l) => translate(l as 'en', diffFieldLabel(owner)))).toEqual([
			translate('en', 'strategy.owner'),
			translate('fi', 'strategy.owner'),
			translate('sv', 'strategy.owner')
		]);
		expect(translate('fi', diffFieldLabel(owner))).toBe('Vastuutaho');
		expect(translate('fi', diffFieldLabel({ section: 'vision', field: 'text' }))).toBe(
			translate('fi', 'strategy.vision_text')
		);
		expect(diffFieldLabel({ section: 'measures', field: 'costs' })).toBe('strategy.diff.other');
		expect(translate('fi', diffFieldLabel({ section: 'situation', field: 'topic.languages' }))).toBe(
			translate('fi', 'strategy_draft.topic.languages')
		);
	});

	it('shows dimension codes and version notes in words', () => {
		expect(dimensionKey('safety')).toBe('dimension.safety');
		expect(dimensionKey('Language café')).toBeNull();
		expect(versionNote('note:Owners agreed')).toEqual({ text: 'Owners agreed' });
		expect(versionNote('note:')).toEqual({ key: 'strategy.note_saved' });
		expect(versionNote('restored:3')).toEqual({ key: 'strategy.note_restored', params: { version: '3' } });
		expect(versionNote('up:m-1')).toEqual({ key: 'strategy.note_saved' });
	});
});
