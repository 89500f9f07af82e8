import { page } from '$app/state';
import { DEFAULT_LOCALE, FORMAT_LOCALES, isLocale, type Locale } from './locales';
import { translate, type MessageKey, type MessageParams } from './translate';

export { LOCALES, LOCALE_NAMES, type Locale } from './locales';
export type { MessageKey } from './translate';

/** The language of the page being shown. */
export function currentLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** Translates for the current page; reactive, because it reads the page state. */
export function t(key: MessageKey, params?: MessageParams): string {
	return translate(currentLocale(), key, params);
}

/** Picks the current language's text of a questionnaire's {en, fi, sv} object. */
export function localized(text: Record<Locale, string>): string {
	return text[currentLocale()];
}

/** The locale to format numbers and dates with on the current page. */
export function formatLocale(): string {
	return FORMAT_LOCALES[currentLocale()];
}

/** A score as the pages show it: one decimal in the page's number format, a dash when there is none. */
export function formatScore(n: number | null | undefined, signed = false): string {
	if (n === null || n === undefined) return '–';
	const text = n.toLocaleString(formatLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	return signed && n > 0 ? `+${text}` : text;
}
