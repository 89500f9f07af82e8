// Server-side translation: imports every catalogue, so only server code (services, exports, endpoints)
// and tests may import this module. Pages translate with t() from $lib/i18n, which reads the one
// catalogue the root layout loaded for the page's language.
import {
	formatMessage,
	type Catalogue,
	type Message,
	type MessageKey,
	type MessageParams,
	type ParamsOf,
	type Translate
} from './format';
import type { Locale } from './locales';
import { en } from './messages/en';
import { fi } from './messages/fi';
import { sv } from './messages/sv';

export type { MessageKey, MessageParams, Translate };

export const catalogues: Record<Locale, Catalogue> = { en, fi, sv };

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(en, value);
}

/** The message in the locale with {placeholders} filled in and the plural form chosen for its count. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamsOf<K>): string {
	const message: Message | undefined = catalogues[locale][key] ?? en[key];
	return message === undefined ? key : formatMessage(locale, message, params);
}

export function translator(locale: Locale): Translate {
	return (key, params) => translate<MessageKey>(locale, key, params);
}
