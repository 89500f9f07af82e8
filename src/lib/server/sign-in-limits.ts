import type { Cookies } from '@sveltejs/kit';
import { config } from './config';
import { cookieSpec, type CookieSpec } from './cookies';
import {
	createSignInLimits,
	DEVICE_TOKEN_DAYS,
	type SignInClient,
	type SignInLimits
} from './services/sign-in';

let limits: SignInLimits | undefined;

/**
 * One set of counters per server process:
 * - LOGIN_MAX_FAILURES_PER_ACCOUNT: failures per account *and* client (address or trusted device) before
 *   that pair is paused; the pause starts at a minute and doubles with each further failure;
 * - LOGIN_MAX_FAILURES_PER_ADDRESS: failures from one address across all accounts within the window;
 * - LOGIN_WINDOW_MINUTES: that window, and the longest pause.
 * Nothing pauses an account everywhere, so failures elsewhere never keep the owner out.
 */
export function signInLimits(): SignInLimits {
	const c = config();
	limits ??= createSignInLimits({
		perAccount: c.LOGIN_MAX_FAILURES_PER_ACCOUNT,
		perAddress: c.LOGIN_MAX_FAILURES_PER_ADDRESS,
		windowMinutes: c.LOGIN_WINDOW_MINUTES
	});
	return limits;
}

/**
 * Marks a browser the owner signed in from; see issueDeviceToken. `__Host-gri_device` over HTTPS
 * (see cookieSpec). Unlike the session cookie it outlives the browser on purpose: it only exempts
 * this browser from other clients' failed sign-ins and signs no one in.
 */
export function deviceCookie(origin = config().ORIGIN): CookieSpec {
	return cookieSpec('gri_device', origin, DEVICE_TOKEN_DAYS * 86_400);
}

export function setDeviceCookie(cookies: Cookies, token: string): void {
	const { name, options } = deviceCookie();
	cookies.set(name, token, options);
}

/** The client of a sign-in request: its address and trusted-device cookie. */
export function signInClient(event: { getClientAddress(): string; cookies: Cookies }): SignInClient {
	return { address: event.getClientAddress(), deviceToken: event.cookies.get(deviceCookie().name) ?? null };
}
