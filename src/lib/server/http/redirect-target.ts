const FALLBACK = '/dashboard';
const BASE = 'http://gri.invalid';

/**
 * Only a path on this site, so a crafted link cannot send the user elsewhere after sign-in. The URL parser
 * decides, as a browser would: tabs and newlines are stripped, backslashes read as slashes, `//host` leaves.
 */
export function safeRedirectTarget(target: string | null | undefined): string {
	if (!target || !target.startsWith('/') || target.length > 2000) return FALLBACK;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return FALLBACK;
	}
	// `/.//host` normalises to `//host`, which a browser would read as another site.
	if (url.origin !== BASE || url.pathname.startsWith('//')) return FALLBACK;
	return url.pathname + url.search + url.hash;
}
