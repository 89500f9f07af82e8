import { expect, test } from '@playwright/test';
import { client, DEMO_PASSWORD, postForm } from './http';

test('the owner still signs in after 1,000 failed attempts on their account from another address', async () => {
	test.setTimeout(120_000);
	const attacker = await client('203.0.113.50');
	const wrong = new URLSearchParams({ email: 'member2@demo.example', password: 'not-the-password-1' });
	const statuses = new Set<number>();
	for (let i = 0; i < 1000; i++)
		statuses.add((await postForm(attacker, '/login', wrong.toString())).status());
	// Wrong passwords are refused, then the attacker's address is slowed down: never a success, never a crash.
	expect([...statuses].every((s) => s === 400 || s === 429)).toBe(true);
	expect(statuses.has(429)).toBe(true);

	const right = new URLSearchParams({ email: 'member2@demo.example', password: DEMO_PASSWORD });
	const stillRefused = await postForm(attacker, '/login', right.toString());
	expect(stillRefused.status()).toBe(429);

	const owner = await client('198.51.100.77');
	const res = await postForm(owner, '/login', right.toString());
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toBe('/dashboard');
});
