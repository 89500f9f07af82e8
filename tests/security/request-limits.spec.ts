import { expect, test } from '@playwright/test';
import { client, postForm, signedIn } from './http';

test.describe('one request cannot stop the service', () => {
	test('a 20,000-field sign-in post is refused at once and other users are still served', async () => {
		const attacker = await client('203.0.113.7');
		const other = await client('198.51.100.2');
		const body = 'email=x%40y.example&password=x&' + 'a=&'.repeat(20_000);
		const started = Date.now();
		const attack = postForm(attacker, '/login', body);
		const page = other.get('/login');
		const [attackRes, pageRes] = await Promise.all([attack, page]);
		const pageAt = Date.now();
		expect(attackRes.status()).toBe(413);
		expect(pageRes.status()).toBe(200);
		expect(Date.now() - started).toBeLessThan(1000);
		expect(pageAt - started).toBeLessThan(1000);
		// Measured alone, right after: the server is not still busy with the attack.
		const t0 = Date.now();
		expect((await other.get('/login')).status()).toBe(200);
		expect(Date.now() - t0).toBeLessThan(200);
	});

	test('a body larger than the route allows is refused before it is read', async () => {
		const api = await client('203.0.113.8');
		const res = await postForm(api, '/login', 'email=' + 'x'.repeat(300 * 1024));
		expect(res.status()).toBe(413);
		expect(await res.text()).not.toContain('Something went wrong');
	});

	test('a strategy post with thousands of measures is refused before the permission check does any work', async () => {
		const leader = await signedIn('leader@demo.example', '198.51.100.3');
		const rows = Array.from({ length: 4000 }, (_, i) => `m_id=x${i}&m_title=t&m_dimension=safety`).join('&');
		const res = await postForm(
			leader,
			'/rounds/doesnotexist/strategy?/save',
			`baseVersion=1&op=save&${rows}`
		);
		expect([404, 413]).toContain(res.status());
	});
});
