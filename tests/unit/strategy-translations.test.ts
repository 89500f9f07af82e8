import { describe, expect, it } from 'vitest';
import {
	localizeOutline,
	pruneTranslations,
	setTranslations,
	textsOf,
	translationStatus
} from '../../src/lib/domain/strategy/translations';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

describe('strategy translations', () => {
	const base = strategyOutlineFixture('fi');

	it('lists every non-empty text by a stable path', () => {
		const texts = textsOf(base);
		expect(texts.get('title')).toBe('Local integration strategy');
		expect(texts.get('measure.m-1.owner')).toBe('Town council office');
		expect(texts.get('fact.wel-arrivals.unit')).toBe('persons');
		expect(texts.get('topic.moving')).toContain('hospital');
		expect(texts.has('measure.m-3.partners')).toBe(false);
	});

	it('shows what is missing, translated and outdated, and uses only up-to-date translations', () => {
		let o = setTranslations(base, 'sv', {
			title: 'Lokalt program',
			'measure.m-1.owner': 'Kommunkansliet'
		});
		const state = (path: string) => translationStatus(o, 'sv').find((r) => r.path === path)!.state;
		expect(state('title')).toBe('done');
		expect(state('vision')).toBe('missing');
		expect(localizeOutline(o, 'sv').measures[0]!.owner).toBe('Kommunkansliet');

		o = { ...o, measures: o.measures.map((m, i) => (i === 0 ? { ...m, owner: 'Mayor’s office' } : m)) };
		expect(state('measure.m-1.owner')).toBe('outdated');
		expect(localizeOutline(o, 'sv').measures[0]!.owner).toBe('Mayor’s office');
		expect(localizeOutline(o, 'sv')).toMatchObject({ language: 'sv', title: 'Lokalt program' });
	});

	it('removes a translation given as empty and drops those of removed texts', () => {
		let o = setTranslations(base, 'en', { title: 'T', 'measure.m-2.title': 'X' });
		o = setTranslations(o, 'en', { title: ' ' });
		expect(o.translations.en).toEqual({
			'measure.m-2.title': { text: 'X', source: 'Language café | weekly in the library' }
		});
		const pruned = pruneTranslations({ ...o, measures: o.measures.filter((m) => m.id !== 'm-2') });
		expect(pruned.translations.en).toEqual({});
	});

	it('never translates into the original language', () => {
		expect(setTranslations(base, 'fi', { title: 'X' })).toBe(base);
		expect(localizeOutline(base, 'fi')).toBe(base);
	});
});
