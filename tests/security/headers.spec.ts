import { expect, test } from '@playwright/test';
import { client, signedIn } from './http';

test('every page forbids framing and sniffing and carries a script policy with a nonce', async () => {
	const api = await client();
	const res = await api.get('/login');
	const h = res.headers();
	expect(h['x-frame-options']).toBe('DENY');
	expect(h['x-content-type-options']).toBe('nosniff');
	const csp = h['content-security-policy'] ?? '';
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(csp).toContain("object-src 'none'");
});

test('signed-in pages and exports are never cached', async () => {
	const api = await signedIn('coordinator@demo.example', '198.51.100.30');
	const dashboard = await api.get('/dashboard');
	expect(dashboard.status()).toBe(200);
	expect(dashboard.headers()['cache-control']).toContain('no-store');
	const html = await dashboard.text();
	const roundId = /\/rounds\/([a-z0-9]+)/.exec(html)?.[1];
	expect(roundId).toBeTruthy();
	for (const path of [`/rounds/${roundId}/export.csv`, `/rounds/${roundId}/export.json`]) {
		const res = await api.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['cache-control'], path).toContain('no-store');
	}
});

test('pages are sent compressed to browsers that accept it', async () => {
	const api = await client('198.51.100.31');
	const res = await api.get('/login', { headers: { 'accept-encoding': 'br, gzip' } });
	expect(res.status()).toBe(200);
	expect(['br', 'gzip']).toContain(res.headers()['content-encoding']);
	expect(await res.text()).toContain('<form');
});
