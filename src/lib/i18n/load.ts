import type { Catalogue } from './format';
import type { Locale } from './locales';

type Part = Partial<Catalogue>;

/**
 * One dynamic import per language and part, so the bundler puts each in a chunk of its own and a page
 * downloads only its language. Keep the paths literal: a template path would make the bundler guess
 * which files to include.
 */
const baseLoaders: Record<Locale, () => Promise<Part>> = {
	en: () => import('./messages/base/en').then((m) => m.en),
	fi: () => import('./messages/base/fi').then((m) => m.fi),
	sv: () => import('./messages/base/sv').then((m) => m.sv)
};
const moreLoaders: Record<Locale, () => Promise<Part>> = {
	en: () => import('./messages/more/en').then((m) => m.en),
	fi: () => import('./messages/more/fi').then((m) => m.fi),
	sv: () => import('./messages/more/sv').then((m) => m.sv)
};

/**
 * The catalogue of a language: with `baseOnly` just the texts of the layout, errors and answering
 * (messages/base), which is all the answering page shows; otherwise all of it.
 */
export async function loadCatalogue(locale: Locale, baseOnly = false): Promise<Catalogue> {
	const [base, more] = await Promise.all([baseLoaders[locale](), baseOnly ? {} : moreLoaders[locale]()]);
	return { ...base, ...more } as Catalogue;
}
