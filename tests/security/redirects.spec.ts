import { expect, test } from '@playwright/test';
import { E2E_ORIGIN } from '../../playwright.config';
import { client, DEMO_PASSWORD, postForm, signedIn } from './http';

/** Targets a browser would read as another site, or that once broke the sign-in page. */
const VECTORS = [
	'/%09/evil.example/',
	'/%0a/evil.example/',
	'//evil.example/',
	'/\\evil.example/',
	'/.//evil.example/',
	'/%5C%5Cevil.example/',
	'https://evil.example/',
	'javascript:alert(1)',
	'/%0d%0aSet-Cookie:%20x=1'
];

function expectOnSite(location: string | undefined) {
	expect(location, 'a redirect').toBeTruthy();
	const url = new URL(location!, E2E_ORIGIN);
	expect(url.origin).toBe(E2E_ORIGIN);
	expect(location!.startsWith('//')).toBe(false);
}

for (const vector of VECTORS) {
	test(`sign-in with redirectTo=${vector} stays on this site`, async () => {
		const api = await client('198.51.100.20');
		const body = new URLSearchParams({ email: 'member@demo.example', password: DEMO_PASSWORD });
		const res = await postForm(api, `/login?redirectTo=${vector}`, body.toString());
		expect(res.status()).toBe(303);
		expectOnSite(res.headers()['location']);
	});

	test(`a signed-in visit to /login?redirectTo=${vector} stays on this site`, async () => {
		const api = await signedIn('member@demo.example', '198.51.100.21');
		const res = await api.get(`/login?redirectTo=${vector}`, { maxRedirects: 0 });
		expect(res.status()).toBe(303);
		expectOnSite(res.headers()['location']);
	});
}

test('a same-site target with a query survives sign-in', async () => {
	const api = await client('198.51.100.22');
	const body = new URLSearchParams({ email: 'member@demo.example', password: DEMO_PASSWORD });
	const res = await postForm(api, `/login?redirectTo=${encodeURIComponent('/review?x=1')}`, body.toString());
	expect(res.headers()['location']).toBe('/review?x=1');
});
