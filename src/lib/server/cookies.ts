import type { Cookies } from '@sveltejs/kit';

export type CookieOptions = Parameters<Cookies['set']>[2];

export interface CookieSpec {
	name: string;
	options: CookieOptions;
}

/**
 * Name and attributes of one of our cookies, for the address the app is served at (ORIGIN).
 *
 * Over HTTPS the name carries the `__Host-` prefix: a browser then accepts the cookie only if it is
 * Secure, has Path=/ and no Domain, so neither a sibling subdomain nor a plain-http response (say, from
 * someone on the same network) can plant or overwrite it (ASVS 3.4.4).
 *
 * On http:// (local development, the e2e server on http://localhost) the prefix is left off: a
 * `__Host-` cookie is only kept when set from a secure origin, and browsers disagree on whether
 * http://localhost is one (Chromium says yes, Safari no), while any other http:// address never is.
 * With the prefix the cookie would be silently dropped there and nobody could sign in; without HTTPS
 * the prefix would protect nothing anyway.
 *
 * Without maxAgeSeconds the cookie has neither Max-Age nor Expires, so the browser forgets it when it
 * closes (ASVS 3.3.1/3.4.x); how long the server honours it is decided on the server.
 */
export function cookieSpec(baseName: string, origin: string | undefined, maxAgeSeconds?: number): CookieSpec {
	const https = origin?.startsWith('https://') ?? false;
	return {
		name: https ? `__Host-${baseName}` : baseName,
		options: {
			httpOnly: true,
			sameSite: 'lax',
			// Kept on http://localhost as before: Chromium and Firefox accept it there, and it keeps the
			// cookie off any plain-http request once deployed.
			secure: true,
			path: '/',
			...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds })
		}
	};
}
