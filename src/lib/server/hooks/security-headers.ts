import type { Handle } from '@sveltejs/kit';

/** Headers every response carries; the Content-Security-Policy comes from `kit.csp` in svelte.config.js. */
export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	// A signed-in page holds a municipality's own data: no shared or back-button cache may keep it.
	if (event.locals.user && !response.headers.has('cache-control'))
		response.headers.set('Cache-Control', 'private, no-store');
	return response;
};
