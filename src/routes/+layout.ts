import { loadCatalogue } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

/**
 * Adds the catalogue of the page's language to the server's layout data. Running as a universal load,
 * it is not sent in the page's HTML: the browser imports just that language's chunk when it hydrates.
 */
export const load = (async ({ data }) => ({
	...data,
	messages: await loadCatalogue(data.locale)
})) satisfies LayoutLoad;
