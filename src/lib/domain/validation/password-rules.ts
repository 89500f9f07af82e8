import type { MessageKey, MessageParams } from '../../i18n/translate';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
/** Fewer different characters than this is one character or a short pattern repeated: aaaaaaaaaa, 1212121212. */
export const PASSWORD_MIN_DISTINCT = 4;

export interface PasswordProblem {
	key: MessageKey;
	params?: MessageParams;
}

export function isRepetitive(password: string): boolean {
	return new Set(Array.from(password)).size < PASSWORD_MIN_DISTINCT;
}

/** Without the digits and symbols at either end: anna.virtanen1! → anna.virtanen. */
const trimEnds = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The email address, something containing it, or its part before the @ (case, end digits and symbols aside). */
export function isEmailLike(password: string, email: string): boolean {
	const p = password.trim().toLowerCase();
	const e = email.trim().toLowerCase();
	if (!e) return false;
	const local = trimEnds(e.slice(0, e.lastIndexOf('@') >= 0 ? e.lastIndexOf('@') : e.length));
	return p.includes(e) || (local.length > 0 && trimEnds(p) === local);
}

/**
 * The first rule a new password breaks, or null. isCommon is the server's look-up in a list of common
 * passwords: the list is large, so the domain takes it as a predicate and browser bundles stay small.
 */
export function passwordProblem(
	password: string,
	opts: { email?: string; isCommon?: (password: string) => boolean } = {}
): PasswordProblem | null {
	if (password.length < PASSWORD_MIN) return { key: 'error.password_short', params: { min: PASSWORD_MIN } };
	if (password.length > PASSWORD_MAX) return { key: 'error.too_long' };
	if (isRepetitive(password)) return { key: 'error.password_repetitive' };
	if (opts.email && isEmailLike(password, opts.email)) return { key: 'error.password_email' };
	if (opts.isCommon?.(password)) return { key: 'error.password_common' };
	return null;
}
