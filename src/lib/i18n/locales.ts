export const LOCALES = ['en', 'fi', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'gri_locale';

/** Each language named in itself, as a language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fi: 'Suomi', sv: 'Svenska' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language of an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null): Locale | undefined {
	if (!acceptLanguage) return undefined;
	const ranked = acceptLanguage
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
		})
		.filter((x) => x.q > 0)
		.sort((a, b) => b.q - a.q);
	return ranked.map((x) => x.lang).find(isLocale);
}

/** Regional formats for numbers and dates: British English, and Finland's Finnish and Swedish. */
export const FORMAT_LOCALES: Record<Locale, string> = { en: 'en-GB', fi: 'fi-FI', sv: 'sv-FI' };
