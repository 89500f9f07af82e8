import { describe, expect, it } from 'vitest';
import { isLocale, negotiateLocale } from '../../src/lib/i18n/locales';
import { en } from '../../src/lib/i18n/messages/en';
import { fi } from '../../src/lib/i18n/messages/fi';
import { sv } from '../../src/lib/i18n/messages/sv';
import { isMessageKey, translate } from '../../src/lib/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as Array<keyof typeof en>;

describe('catalogues', () => {
	for (const [name, catalogue] of [
		['fi', fi],
		['sv', sv]
	] as const) {
		it(`${name} has every English key with non-empty text`, () => {
			const missing = keys.filter((k) => typeof catalogue[k] !== 'string' || catalogue[k].trim() === '');
			expect(missing).toEqual([]);
		});

		it(`${name} has no keys that English lacks`, () => {
			expect(Object.keys(catalogue).filter((k) => !Object.hasOwn(en, k))).toEqual([]);
		});

		it(`${name} uses the same {placeholders} as English`, () => {
			const different = keys.filter(
				(k) => JSON.stringify(placeholders(catalogue[k] ?? '')) !== JSON.stringify(placeholders(en[k]))
			);
			expect(different).toEqual([]);
		});
	}

	it('has no empty English text', () => {
		expect(keys.filter((k) => en[k].trim() === '')).toEqual([]);
	});
});

describe('translate', () => {
	it('fills in the placeholders', () => {
		expect(translate('en', 'nav.signed_in_as', { name: 'Anna' })).toBe('Signed in as Anna');
		expect(translate('fi', 'nav.signed_in_as', { name: 'Anna' })).toContain('Anna');
		expect(translate('fi', 'nav.signed_in_as', { name: 'Anna' })).not.toContain('{name}');
	});

	it('returns the template unchanged without parameters, and leaves unknown placeholders alone', () => {
		expect(translate('en', 'error.password_short')).toBe(en['error.password_short']);
		expect(translate('en', 'error.password_short', { other: 1 })).toContain('{min}');
	});

	it('formats numbers the way each language writes them', () => {
		const n = 1234567.5;
		expect(translate('en', 'error.too_many_attempts', { minutes: n })).toContain('1,234,567.5');
		expect(translate('fi', 'error.too_many_attempts', { minutes: n })).toContain(n.toLocaleString('fi'));
		expect(translate('fi', 'error.too_many_attempts', { minutes: n })).toMatch(/1\s234\s567,5/);
		expect(translate('sv', 'error.too_many_attempts', { minutes: n })).toMatch(/1\s234\s567,5/);
	});

	it('does not reformat strings', () => {
		expect(translate('fi', 'error.too_many_attempts', { minutes: '1234.5' })).toContain('1234.5');
	});

	it('uses a different text per language', () => {
		expect(translate('fi', 'app.name')).not.toBe(translate('en', 'app.name'));
		expect(translate('sv', 'app.name')).not.toBe(translate('en', 'app.name'));
	});
});

describe('isMessageKey and isLocale', () => {
	it('know only real keys and supported locales', () => {
		expect(isMessageKey('error.required')).toBe(true);
		expect(isMessageKey('error.nope')).toBe(false);
		expect(isMessageKey('toString')).toBe(false);
		expect(isLocale('sv')).toBe(true);
		expect(isLocale('de')).toBe(false);
	});
});

describe('negotiateLocale', () => {
	it('picks the first supported language by base tag', () => {
		expect(negotiateLocale('sv-FI,sv;q=0.9,en;q=0.8')).toBe('sv');
		expect(negotiateLocale('FI-fi')).toBe('fi');
	});

	it('respects quality values over order', () => {
		expect(negotiateLocale('en;q=0.5,fi;q=0.9')).toBe('fi');
	});

	it('skips unsupported languages', () => {
		expect(negotiateLocale('de-DE,de;q=0.9,fi;q=0.5')).toBe('fi');
	});

	it('returns undefined when nothing is supported or there is no header', () => {
		expect(negotiateLocale('de-DE,fr;q=0.8')).toBeUndefined();
		expect(negotiateLocale(null)).toBeUndefined();
		expect(negotiateLocale('')).toBeUndefined();
	});

	it('ignores languages with q=0', () => {
		expect(negotiateLocale('fi;q=0,en;q=0.1')).toBe('en');
		expect(negotiateLocale('sv;q=0')).toBeUndefined();
	});
});
