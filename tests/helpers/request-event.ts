import type { Cookies, RequestEvent } from '@sveltejs/kit';

/** A browser's cookie jar, behind the Cookies interface SvelteKit gives routes and hooks. */
export function cookieJar(initial: Record<string, string> = {}) {
	const jar = new Map(Object.entries(initial));
	const cookies: Cookies = {
		get: (name) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name, value) => void jar.set(name, value),
		delete: (name) => void jar.delete(name),
		serialize: (name, value) => `${name}=${value}`
	};
	return { jar, cookies };
}

/**
 * Just enough of a RequestEvent for a form action or a hook: a POST with the form, the cookie jar,
 * locals as the hooks leave them. Cast at the call site to the route's own event type.
 */
export function fakeEvent(options: {
	path: string;
	form?: Record<string, string>;
	cookies: Cookies;
	params?: Record<string, string>;
	locals?: Partial<App.Locals>;
}): RequestEvent {
	const url = new URL(options.path, 'http://localhost');
	const body = new FormData();
	for (const [k, v] of Object.entries(options.form ?? {})) body.set(k, v);
	return {
		url,
		request: new Request(url, { method: 'POST', body }),
		cookies: options.cookies,
		params: options.params ?? {},
		locals: { user: null, session: null, locale: 'en', ...options.locals },
		getClientAddress: () => '10.0.0.1'
	} as unknown as RequestEvent;
}
