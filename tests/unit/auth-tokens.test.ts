import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../src/lib/server/auth';

describe('generateToken', () => {
	it('gives a different lowercase base32 token of 32 characters each time', () => {
		const tokens = Array.from({ length: 200 }, () => generateToken());
		expect(new Set(tokens).size).toBe(tokens.length);
		for (const token of tokens) {
			// 20 random bytes = 160 bits = exactly 32 base32 characters, without padding.
			expect(token).toMatch(/^[a-z2-7]{32}$/);
		}
	});

	it('uses the whole alphabet over many tokens, so it is not a constant pattern', () => {
		const seen = new Set(Array.from({ length: 200 }, () => generateToken()).join(''));
		expect(seen.size).toBe(32);
	});
});

describe('hashToken', () => {
	it('is the lowercase hex SHA-256 of the token', () => {
		const token = generateToken();
		const expected = createHash('sha256').update(token, 'utf8').digest('hex');
		expect(hashToken(token)).toBe(expected);
		expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('matches a known SHA-256 test vector', () => {
		expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('is stable for the same token and differs between tokens', () => {
		const a = generateToken();
		const b = generateToken();
		expect(hashToken(a)).toBe(hashToken(a));
		expect(hashToken(a)).not.toBe(hashToken(b));
		expect(hashToken(a)).not.toContain(a);
	});
});
