import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordProblem, type PasswordProblem } from '../domain/validation/password-rules';

// OWASP's argon2id baseline; @node-rs/argon2 uses argon2id by default.
const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** A valid hash of a random secret, so that unknown accounts cost the same time as known ones. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hashPassword(crypto.randomUUID());
	return dummyHash;
}

/** zxcvbn-ts's list of common passwords (about 49,000, lower case), bundled with the package: no download. */
let common: Set<string> | undefined;

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const unLeet = (text: string, one: string) =>
	text.replace(/[013457@$]/g, (c) => (c === '1' ? one : LEET[c]!));
/** Without the digits and symbols people add at either end to pass rules: Summer2024! → summer. */
const core = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * Whether the password is on the list, ignoring case, l33t spellings (p@ssw0rd) and digits or symbols
 * added at either end (Sunshine2024!). Server-side only: the list is large.
 */
export function isCommonPassword(password: string): boolean {
	common ??= new Set(dictionary['passwords-common']);
	const lower = password.toLowerCase();
	const trimmed = core(lower);
	const forms = [lower, trimmed, unLeet(trimmed, 'i'), unLeet(trimmed, 'l')];
	return forms.some((form) => form.length >= 4 && common!.has(form));
}

/** Every rule for a new password, the list of common passwords included; null when it is acceptable. */
export function newPasswordProblem(password: string, email?: string): PasswordProblem | null {
	return passwordProblem(password, { email, isCommon: isCommonPassword });
}
