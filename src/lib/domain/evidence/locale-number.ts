import type { Locale } from '../../i18n/locales';

/**
 * Numbers as people type and read them in the page's language: `12,5` and `1 234,5` in Finnish and
 * Swedish, `12.5` and `1,234.5` in English. Stored as numbers; only the text depends on the language.
 */

/** The number typed, or null when it is not one. A point is read as a decimal mark in every language. */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
	let s = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^[\u2212\u2013]/, '-');
	if (locale === 'en') {
		// "1,234.5" and "1,234": commas between groups of three are thousands separators.
		if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
		else s = s.replace(',', '.');
	} else {
		s = s.replace(',', '.');
	}
	if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/** The number as the input shows it: the language's decimal mark, no grouping, nothing rounded. */
export function formatInputNumber(value: number, locale: Locale): string {
	return value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 20 });
}
