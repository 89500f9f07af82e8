import { loadCatalogue } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

/** The page people keep open for hours while answering: it needs only the base texts (see i18n/messages/en.ts). */
const ANSWERING = '/rounds/[id=id]/areas/[area=code]';

/**
 * Adds the catalogue of the page's language to the server's layout data. Running as a universal load,
 * it is not sent in the page's HTML: the browser imports just that language's chunks when it hydrates.
 */
export const load = (async ({ data, route }) => ({
	...data,
	messages: await loadCatalogue(data.locale, route.id === ANSWERING)
})) satisfies LayoutLoad;
