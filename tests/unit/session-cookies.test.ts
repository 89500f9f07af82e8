import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { deleteSessionCookie, sessionCookie, setSessionCookie } from '../../src/lib/server/auth';
import { cookieSpec } from '../../src/lib/server/cookies';
import { deviceCookie } from '../../src/lib/server/sign-in-limits';

const HTTPS = 'https://gri.example.fi';
const LOCAL = 'http://localhost:4173';

/** Records what a route would send, through the same Cookies interface SvelteKit gives it. */
function recordingCookies() {
	const calls: { op: 'set' | 'delete'; name: string; value?: string; options: object }[] = [];
	const cookies = {
		set: (name: string, value: string, options: object) => calls.push({ op: 'set', name, value, options }),
		delete: (name: string, options: object) => calls.push({ op: 'delete', name, options })
	} as unknown as Cookies;
	return { cookies, calls };
}

describe('cookieSpec', () => {
	it('uses the __Host- prefix over HTTPS, with Secure, Path=/ and no Domain', () => {
		const { name, options } = cookieSpec('gri_session', HTTPS);
		expect(name).toBe('__Host-gri_session');
		expect(options).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'lax' });
		expect(options).not.toHaveProperty('domain');
	});

	it('keeps the plain name on http://localhost and when ORIGIN is unset', () => {
		expect(cookieSpec('gri_session', LOCAL).name).toBe('gri_session');
		expect(cookieSpec('gri_session', undefined).name).toBe('gri_session');
		// Only the scheme decides, not a look-alike host.
		expect(cookieSpec('gri_session', 'http://https.example').name).toBe('gri_session');
	});

	it('has a lifetime only when one is asked for', () => {
		expect(cookieSpec('x', HTTPS, 60).options).toMatchObject({ maxAge: 60 });
	});
});

describe('the session cookie', () => {
	it('is a browser-session cookie: neither Max-Age nor Expires', () => {
		for (const origin of [HTTPS, LOCAL, undefined]) {
			const { options } = sessionCookie(origin);
			expect(options).not.toHaveProperty('maxAge');
			expect(options).not.toHaveProperty('expires');
			expect(options).toMatchObject({ httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
		}
	});

	it('is __Host-gri_session over HTTPS and gri_session on http', () => {
		expect(sessionCookie(HTTPS).name).toBe('__Host-gri_session');
		expect(sessionCookie(LOCAL).name).toBe('gri_session');
	});

	it('is set and deleted under one name with the same attributes, without an expiry', () => {
		const { cookies, calls } = recordingCookies();
		setSessionCookie(cookies, 'token');
		deleteSessionCookie(cookies);
		const { name, options } = sessionCookie();
		expect(calls).toEqual([
			{ op: 'set', name, value: 'token', options },
			{ op: 'delete', name, options }
		]);
	});
});

describe('the device cookie', () => {
	it('is __Host-gri_device over HTTPS and keeps its long lifetime', () => {
		expect(deviceCookie(HTTPS).name).toBe('__Host-gri_device');
		expect(deviceCookie(LOCAL).name).toBe('gri_device');
		expect(deviceCookie(HTTPS).options).toMatchObject({ maxAge: 180 * 86_400, secure: true, path: '/' });
	});
});
