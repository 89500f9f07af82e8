import { expect, request, type APIRequestContext } from '@playwright/test';
import { E2E_ORIGIN } from '../../playwright.config';

export const DEMO_PASSWORD = 'demo-password-2026';

/** A client of its own, as an attacker's or another user's would be: no browser, its own cookies and address. */
export async function client(address = '127.0.0.1'): Promise<APIRequestContext> {
	return request.newContext({
		baseURL: E2E_ORIGIN,
		maxRedirects: 0,
		extraHTTPHeaders: { origin: E2E_ORIGIN, 'x-forwarded-for': address }
	});
}

/** Posts a form as a browser would, without following the redirect. */
export function postForm(api: APIRequestContext, path: string, body: string) {
	return api.post(path, {
		data: body,
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		maxRedirects: 0
	});
}

export async function signedIn(email: string, address = '127.0.0.1'): Promise<APIRequestContext> {
	const api = await client(address);
	const body = new URLSearchParams({ email, password: DEMO_PASSWORD }).toString();
	const res = await postForm(api, '/login', body);
	expect(res.status(), `sign-in of ${email}`).toBe(303);
	return api;
}
