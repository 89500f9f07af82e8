import type { Cookies } from '@sveltejs/kit';
import { config } from './config';
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

/** Marks a browser the owner signed in from; see issueDeviceToken. */
export const DEVICE_COOKIE = 'gri_device';

export function setDeviceCookie(cookies: Cookies, token: string): void {
	cookies.set(DEVICE_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: true,
		maxAge: DEVICE_TOKEN_DAYS * 86_400,
		path: '/'
	});
}

/** The client of a sign-in request: its address and trusted-device cookie. */
export function signInClient(event: { getClientAddress(): string; cookies: Cookies }): SignInClient {
	return { address: event.getClientAddress(), deviceToken: event.cookies.get(DEVICE_COOKIE) ?? null };
}
