import type { Catalogue } from './format';
import type { Locale } from './locales';

/**
 * One dynamic import per language, so the bundler puts each catalogue in a chunk of its own and a page
 * downloads only the one of its language. Keep the paths literal: a template path would make the
 * bundler guess which files to include.
 */
const catalogueLoaders: Record<Locale, () => Promise<Catalogue>> = {
	en: () => import('./messages/en').then((m) => m.en),
	fi: () => import('./messages/fi').then((m) => m.fi),
	sv: () => import('./messages/sv').then((m) => m.sv)
};

export function loadCatalogue(locale: Locale): Promise<Catalogue> {
	return catalogueLoaders[locale]();
}
