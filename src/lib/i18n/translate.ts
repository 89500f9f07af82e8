import { FORMAT_LOCALES, type Locale } from './locales';
import { en, type MessageKey } from './messages/en';
import { fi } from './messages/fi';
import { sv } from './messages/sv';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fi, sv };

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(en, value);
}

/** The message in the locale with {placeholders} filled in; numbers are formatted for the locale. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = catalogues[locale][key] ?? en[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? value.toLocaleString(FORMAT_LOCALES[locale]) : value;
	});
}
