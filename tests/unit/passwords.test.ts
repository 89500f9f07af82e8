import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema } from '../../src/lib/domain/validation/account-forms';
import {
	isEmailLike,
	isRepetitive,
	passwordProblem,
	PASSWORD_MIN
} from '../../src/lib/domain/validation/password-rules';
import { isCommonPassword, newPasswordProblem } from '../../src/lib/server/passwords';

const EMAIL = 'anna.virtanen@kunta.example';
const keyOf = (password: string, email = EMAIL) => newPasswordProblem(password, email)?.key ?? null;

describe('passwordProblem (domain rules)', () => {
	it('wants at least the minimum length and at most 200 characters', () => {
		expect(passwordProblem('short-pw1')).toEqual({
			key: 'error.password_short',
			params: { min: PASSWORD_MIN }
		});
		expect(passwordProblem('x'.repeat(50) + 'abc'.repeat(60))).toEqual({ key: 'error.too_long' });
		expect(passwordProblem('correct horse battery')).toBeNull();
	});

	it('refuses one character or a short pattern repeated', () => {
		for (const p of [
			'aaaaaaaaaa',
			'          ',
			'1111111111111',
			'abababababab',
			'abcabcabcabc',
			'ääääääääää'
		])
			expect([p, passwordProblem(p)?.key]).toEqual([p, 'error.password_repetitive']);
		expect(isRepetitive('abcdabcdabcd')).toBe(false);
	});

	it('refuses the email address, anything containing it, and its part before the @', () => {
		expect(isEmailLike(EMAIL, EMAIL)).toBe(true);
		expect(isEmailLike(` ${EMAIL.toUpperCase()} `, EMAIL)).toBe(true);
		expect(isEmailLike(`${EMAIL}!`, EMAIL)).toBe(true);
		expect(isEmailLike('anna.virtanen', EMAIL)).toBe(true);
		expect(isEmailLike('Anna.Virtanen2026!', EMAIL)).toBe(true);
		expect(isEmailLike('anna virtanen likes tea', EMAIL)).toBe(false);
		expect(passwordProblem('anna.virtanen@kunta.example', { email: EMAIL })?.key).toBe(
			'error.password_email'
		);
		expect(passwordProblem('anna.virtanen@kunta.example')).toBeNull();
	});

	it('asks the given predicate about common passwords last', () => {
		const asked: string[] = [];
		const isCommon = (p: string) => (asked.push(p), p === 'listed-password');
		expect(passwordProblem('listed-password', { isCommon })?.key).toBe('error.password_common');
		expect(passwordProblem('aaaaaaaaaa', { isCommon })?.key).toBe('error.password_repetitive');
		expect(asked).toEqual(['listed-password']);
	});

	it('keeps the browser-safe rules in the invitation form schema, without the list', () => {
		const parse = (password: string) =>
			acceptInvitationSchema.safeParse({ name: 'Anna', password, passwordConfirm: password });
		expect(parse('aaaaaaaaaa').error?.issues.map((i) => i.message)).toEqual(['error.password_repetitive']);
		expect(parse('short').error?.issues[0]?.message).toBe('error.password_short');
		expect(parse('a-long-enough-password').success).toBe(true);
		// The domain module stays free of the dictionary, so browser bundles do not carry it.
		for (const file of ['account-forms.ts', 'password-rules.ts'])
			expect(readFileSync(`src/lib/domain/validation/${file}`, 'utf8')).not.toMatch(/zxcvbn|server\//);
	});
});

describe('isCommonPassword (zxcvbn-ts list)', () => {
	it('finds listed passwords in any case', () => {
		for (const p of ['password123', 'qwertyuiop', '1234567890', 'iloveyou12', 'PASSWORD1234', 'Salasana'])
			expect([p, isCommonPassword(p)]).toEqual([p, true]);
	});

	it('sees through digits and symbols at either end and l33t spellings', () => {
		for (const p of ['Sunshine2024!', '2024monkey!!', 'P@ssw0rd123!', 'Dragon-1234567', 'f00tball#1'])
			expect([p, isCommonPassword(p)]).toEqual([p, true]);
	});

	it('accepts ordinary long passphrases', () => {
		for (const p of ['correct horse battery', 'a-long-enough-password', 'Koivuranta-2026-strategia'])
			expect([p, isCommonPassword(p)]).toEqual([p, false]);
	});
});

describe('newPasswordProblem (server: every rule)', () => {
	it('refuses the examples from the issue and accepts a good password', () => {
		expect(keyOf('aaaaaaaaaa')).toBe('error.password_repetitive');
		expect(keyOf('password123')).toBe('error.password_common');
		expect(keyOf(EMAIL)).toBe('error.password_email');
		expect(keyOf('short')).toBe('error.password_short');
		expect(keyOf('tea with anna at the harbour')).toBeNull();
	});
});
