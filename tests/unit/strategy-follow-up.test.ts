import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../../src/lib/domain/scoring';
import {
	carryForward,
	measureChanges,
	relatedIndicators,
	statusCounts
} from '../../src/lib/domain/strategy/follow-up';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

/** Scores with the given area scores; culture holds question cul-meet with the given points out of 4. */
function scores(areas: Record<string, number | null>, culMeet: number): ScoreResult {
	const area = (code: string, score: number | null) => ({
		code,
		score,
		earned: 0,
		max: 0,
		answered: 0,
		scoredQuestions: 0,
		questions:
			code === 'culture' ? [{ code: 'cul-meet', status: 'answered' as const, earned: culMeet, max: 4 }] : []
	});
	return {
		areas: Object.fromEntries(Object.entries(areas).map(([c, s]) => [c, area(c, s)])),
		overall: null,
		dimensions: { attitudes: null, safety: null, interaction: null, participation: null },
		completeness: { answered: 0, total: 0, percent: 0, complete: false }
	};
}

describe('follow-up of measures', () => {
	// The fixture's first two measures on the areas the score fixture below knows.
	const fixture = strategyOutlineFixture();
	const areas: Record<string, string> = { 'm-1': 'governance', 'm-2': 'culture' };
	const outline = {
		...fixture,
		measures: fixture.measures.map((m) =>
			areas[m.id] ? { ...m, areaCode: areas[m.id]!, areaCodes: [areas[m.id]!] } : m
		)
	};

	it('counts each status, an untouched measure as not started', () => {
		expect(statusCounts(outline.measures, { 'm-1': 'done', 'm-2': 'in_progress', gone: 'dropped' })).toEqual({
			not_started: outline.measures.length - 2,
			in_progress: 1,
			done: 1,
			dropped: 0
		});
	});

	it('gives each measure the change of its area and its indicators between the two rounds', () => {
		const withQuestionIndicator = {
			...outline,
			indicators: [
				...outline.indicators,
				{
					...outline.indicators[1]!,
					id: 'i-meet',
					kind: 'custom' as const,
					ref: 'cul-meet',
					name: 'Meeting places'
				},
				{ ...outline.indicators[1]!, id: 'i-fact', kind: 'fact' as const, ref: 'cul-meet', name: 'A fact' },
				{
					...outline.indicators[1]!,
					id: 'i-dim',
					kind: 'dimension' as const,
					ref: 'participation',
					name: 'Dim'
				}
			]
		};
		const changes = measureChanges(
			withQuestionIndicator,
			scores({ governance: 40, culture: 55.5 }, 1),
			scores({ governance: 35.2, culture: 61 }, 3)
		);
		// m-1 is a participation measure: the participation score follows it too (no score in either round).
		expect(changes.find((c) => c.measureId === 'm-1')).toEqual({
			measureId: 'm-1',
			areas: [{ code: 'governance', before: 40, after: 35.2, change: -4.8 }],
			indicators: [
				{ id: 'i-dim', name: 'Dim', code: 'participation', before: null, after: null, change: null }
			]
		});
		const culture = changes.find((c) => c.measureId === 'm-2')!;
		expect(culture.areas).toEqual([{ code: 'culture', before: 55.5, after: 61, change: 5.5 }]);
		expect(culture.indicators).toEqual([
			{ id: 'i-culture', name: expect.any(String), code: 'culture', before: 55.5, after: 61, change: 5.5 },
			{ id: 'i-meet', name: 'Meeting places', code: 'cul-meet', before: 25, after: 75, change: 50 }
		]);
		// A measure the municipality added has no area: nothing to compare, rather than a made-up zero.
		expect(changes.find((c) => c.measureId === 'm-3')).toEqual({
			measureId: 'm-3',
			areas: [],
			indicators: []
		});
	});

	it('has no change where either round has no score', () => {
		const [m1] = measureChanges(outline, scores({ governance: null }, 0), scores({ governance: 50 }, 0));
		expect(m1!.areas).toEqual([{ code: 'governance', before: null, after: 50, change: null }]);
	});

	it('links an indicator to a measure by area or question, never by an empty source', () => {
		const m2 = outline.measures[1]!;
		const blank = { ...outline.indicators[1]!, id: 'i-blank', kind: 'area' as const, ref: '' };
		expect(relatedIndicators({ ...m2, areaCode: null, areaCodes: [], questionCodes: [] }, [blank])).toEqual(
			[]
		);
		expect(relatedIndicators(m2, outline.indicators).map((i) => i.id)).toEqual(['i-culture']);
	});

	it('carries forward unfinished measures only, once, after the new draft’s own', () => {
		const draft = { ...outline, measures: [outline.measures[0]!] };
		const previous = {
			measures: [
				{ ...outline.measures[0]!, id: 'old-same' }, // the same measure drafted again: not twice
				{ ...outline.measures[1]!, id: 'old-going' },
				{ ...outline.measures[2]!, id: 'old-done' },
				{ ...outline.measures[3]!, id: 'old-dropped' },
				{ ...outline.measures[1]!, id: 'm-1', title: 'Same id as a new one' }
			],
			statuses: { 'old-going': 'in_progress', 'old-done': 'done', 'old-dropped': 'dropped' } as const
		};
		const next = carryForward(draft, previous);
		expect(next.measures.map((m) => m.id)).toEqual(['m-1', 'old-going']);
		expect(next.measures[1]).toEqual({ ...outline.measures[1]!, id: 'old-going' });
		expect(carryForward(draft, null)).toBe(draft);
		expect(carryForward(draft, { measures: [], statuses: {} })).toBe(draft);
	});

	it('carries a measure into the draft’s language with the translations the previous programme had', () => {
		const draft = { ...outline, language: 'en' as const, measures: [], translations: {} };
		const carried = {
			...outline.measures[1]!,
			id: 'old-going',
			title: 'Kunta kouluttaa',
			owner: 'Sivistystoimi'
		};
		const previousOutline = {
			...outline,
			language: 'fi' as const,
			measures: [carried],
			translations: {
				en: {
					'measure.old-going.title': { text: 'The municipality trains', source: 'Kunta kouluttaa' },
					// Translated before the owner changed: outdated, so not used.
					'measure.old-going.owner': { text: 'Culture services', source: 'Kulttuuritoimi' }
				}
			}
		};
		const next = carryForward(draft, { measures: [carried], statuses: {}, outline: previousOutline });
		expect(next.measures[0]).toMatchObject({
			id: 'old-going',
			title: 'The municipality trains',
			owner: 'Sivistystoimi'
		});
		expect(next.translations.fi?.['measure.old-going.title']).toEqual({
			text: 'Kunta kouluttaa',
			source: 'The municipality trains'
		});
		expect(next.translations.fi?.['measure.old-going.owner']).toEqual({
			text: 'Sivistystoimi',
			source: 'Sivistystoimi'
		});
		expect(next.translations.sv?.['measure.old-going.title']).toBeUndefined();
	});
});
