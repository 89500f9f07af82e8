// Pure message formatting: no catalogue is imported here, so client code can use it and still load only
// the language of the page (see ./load.ts).
import type { en } from './messages/en';
import { FORMAT_LOCALES, type Locale } from './locales';

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;
/** A translation function of one language: t() on a page, translator(locale) on the server. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A text that depends on a number, in the two CLDR plural categories English, Finnish and Swedish
 * have: "one" (exactly 1) and "other" (0, 2, 1.5 …). The number is the parameter `count` unless `by`
 * names another one; the parameter need not appear in the text.
 */
export interface PluralMessage {
	readonly by?: string;
	readonly one: string;
	readonly other: string;
}

export type Message = string | PluralMessage;

type English<K extends MessageKey> = (typeof en)[K];

/** The plural messages of the catalogue (the English catalogue decides which ones are). */
export type PluralKey = { [K in MessageKey]: English<K> extends string ? never : K }[MessageKey];

/** The parameter that picks the form of a plural message: `count`, or the one its `by` names. */
export type PluralParam<K extends PluralKey> =
	English<K> extends { readonly by: infer P extends string } ? P : 'count';

/** A message's parameters as t() and translate() take them: a plural message cannot go without its count. */
export type ParamsOf<K extends MessageKey> = K extends PluralKey
	? [params: MessageParams & Record<PluralParam<K>, number | string>]
	: [params?: MessageParams];

/**
 * What a language's catalogue must hold: a text for every English key, and both plural forms (picked
 * by the same parameter) wherever the English message has them.
 */
export type Catalogue = {
	[K in MessageKey]: English<K> extends string
		? string
		: English<K> extends { readonly by: infer P extends string }
			? { readonly by: P; readonly one: string; readonly other: string }
			: { readonly one: string; readonly other: string };
};

export function isPluralMessage(message: Message): message is PluralMessage {
	return typeof message === 'object';
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** CLDR plural category of a number in a language; any category but "one" takes the "other" form. */
export function pluralForm(locale: Locale, n: number): 'one' | 'other' {
	const tag = FORMAT_LOCALES[locale];
	let rules = pluralRules.get(tag);
	if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
	return rules.select(n) === 'one' ? 'one' : 'other';
}

/** The number a plural message counts; a string counts only when it is a plain number. */
function countOf(value: string | number | undefined): number | undefined {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
		return Number(value);
	return undefined;
}

/** The text of a message for these parameters: the plural form first, then the template. */
export function messageTemplate(locale: Locale, message: Message, params?: MessageParams): string {
	if (!isPluralMessage(message)) return message;
	const n = countOf(params?.[message.by ?? 'count']);
	return n !== undefined && pluralForm(locale, n) === 'one' ? message.one : message.other;
}

/**
 * A message with its {placeholders} filled in; numbers are formatted for the locale, strings are left
 * as they are, and placeholders without a parameter stay visible.
 */
export function formatMessage(locale: Locale, message: Message, params?: MessageParams): string {
	const template = messageTemplate(locale, message, params);
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? value.toLocaleString(FORMAT_LOCALES[locale]) : value;
	});
}

/**
 * Whether a value has the form of an error message key ("error." and lower-case words). It needs no
 * catalogue, so shared and client code can tell a key from a library's own message; tests check that
 * every error key the code uses exists in the catalogue.
 */
export function isErrorKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && /^error\.[a-z0-9_]+$/.test(value);
}
