import { page } from '$app/state';
import { formatMessage, type Message, type MessageKey, type ParamsOf } from './format';
import { DEFAULT_LOCALE, FORMAT_LOCALES, isLocale, type Locale } from './locales';

export { LOCALES, LOCALE_NAMES, type Locale } from './locales';
export { isErrorKey, type MessageKey, type MessageParams } from './format';

/** The language of the page being shown. */
export function currentLocale(): Locale {
	const locale = page.data?.locale;
	return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** The catalogue of the page's language, loaded by the root layout (src/routes/+layout.ts). */
function catalogue(): Partial<Record<MessageKey, Message>> {
	return page.data?.messages ?? {};
}

/** Whether the page's catalogue has this key, e.g. for a key that came from the server. */
export function hasMessage(key: unknown): key is MessageKey {
	return typeof key === 'string' && Object.hasOwn(catalogue(), key);
}

/**
 * Translates for the current page, with the plural form chosen by the count; reactive, because it reads
 * the page state. A key the catalogue lacks is shown as it is.
 */
export function t<K extends MessageKey>(key: K, ...[params]: ParamsOf<K>): string {
	const message = catalogue()[key];
	return message === undefined ? key : formatMessage(currentLocale(), message, params);
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
