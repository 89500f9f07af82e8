import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isErrorKey, type Message } from '../../src/lib/i18n/format';
import { isLocale, negotiateLocale } from '../../src/lib/i18n/locales';
import { en } from '../../src/lib/i18n/messages/en';
import { fi } from '../../src/lib/i18n/messages/fi';
import { sv } from '../../src/lib/i18n/messages/sv';
import { isMessageKey, translate } from '../../src/lib/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as Array<keyof typeof en>;
/** A message's texts: the one text, or each plural form. */
const texts = (message: Message): string[] =>
	typeof message === 'string' ? [message] : [message.one, message.other];
/** A message's shape: plain, or plural with the parameter that picks the form. */
const shape = (message: Message) =>
	typeof message === 'string' ? 'text' : `plural by ${message.by ?? 'count'}`;

describe('catalogues', () => {
	for (const [name, catalogue] of [
		['fi', fi],
		['sv', sv]
	] as const) {
		it(`${name} has every English key with non-empty text`, () => {
			const missing = keys.filter(
				(k) => catalogue[k] === undefined || texts(catalogue[k]).some((text) => text.trim() === '')
			);
			expect(missing).toEqual([]);
		});

		it(`${name} has no keys that English lacks`, () => {
			expect(Object.keys(catalogue).filter((k) => !Object.hasOwn(en, k))).toEqual([]);
		});

		it(`${name} has both plural forms exactly where English has them, picked by the same parameter`, () => {
			const different = keys.filter((k) => shape(catalogue[k]) !== shape(en[k]));
			expect(different).toEqual([]);
			for (const k of keys) {
				const message = catalogue[k];
				if (typeof message === 'string') continue;
				expect(Object.keys(message).sort(), k).toEqual(Object.keys(en[k]).sort());
			}
		});

		it(`${name} uses the same {placeholders} as English, form by form`, () => {
			const different = keys.filter(
				(k) =>
					JSON.stringify(texts(catalogue[k]).map(placeholders)) !==
					JSON.stringify(texts(en[k]).map(placeholders))
			);
			expect(different).toEqual([]);
		});
	}

	it('has no empty English text', () => {
		expect(keys.filter((k) => texts(en[k]).some((text) => text.trim() === ''))).toEqual([]);
	});

	it('has a message for every error key the code uses', () => {
		const sourceFiles = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) return sourceFiles(path);
				return /\.(ts|svelte)$/.test(name) && !path.includes(join('i18n', 'messages')) ? [path] : [];
			});
		const unknown = sourceFiles('src').flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/['"`](error\.[a-z0-9_]+)['"`]/g)]
				.map((m) => m[1]!)
				.filter((key) => !isMessageKey(key))
				.map((key) => `${file}: ${key}`)
		);
		expect(unknown).toEqual([]);
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

describe('isMessageKey, isErrorKey and isLocale', () => {
	it('know only real keys and supported locales', () => {
		expect(isMessageKey('error.required')).toBe(true);
		expect(isMessageKey('error.nope')).toBe(false);
		expect(isMessageKey('toString')).toBe(false);
		expect(isErrorKey('error.required')).toBe(true);
		expect(isErrorKey('Invalid input: expected string')).toBe(false);
		expect(isErrorKey('toString')).toBe(false);
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
