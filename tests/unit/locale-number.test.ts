import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/lib/domain/answer-form';
import { formatInputNumber, parseLocaleNumber } from '../../src/lib/domain/evidence/locale-number';

describe('numbers in the page language', () => {
	it.each([
		['fi', '12,5', 12.5],
		['sv', '12,5', 12.5],
		['fi', '1 234,5', 1234.5],
		['fi', '1\u00a0234,5', 1234.5],
		['fi', '\u221212,5', -12.5],
		['fi', '12.5', 12.5],
		['fi', ',5', 0.5],
		['en', '12.5', 12.5],
		['en', '1,234.5', 1234.5],
		['en', '1,234', 1234],
		['en', '12,5', 12.5],
		['en', '-3', -3]
	] as const)('reads %s %j as %d', (locale, text, n) => {
		expect(parseLocaleNumber(text, locale)).toBe(n);
	});

	it.each(['', 'abc', '12,5,5', '1.2.3', '12 kpl', '--1', 'Infinity', '1e5'])('refuses %j', (text) => {
		expect(parseLocaleNumber(text, 'fi')).toBeNull();
	});

	it('shows the stored number in the language it is read in, without rounding', () => {
		expect(formatInputNumber(12.5, 'fi')).toBe('12,5');
		expect(formatInputNumber(12.5, 'sv')).toBe('12,5');
		expect(formatInputNumber(12.5, 'en')).toBe('12.5');
		expect(formatInputNumber(1234567.125, 'fi')).toBe('1234567,125');
		expect(parseLocaleNumber(formatInputNumber(-0.1, 'fi'), 'fi')).toBe(-0.1);
	});

	it('reads back the plain form’s Finnish minus sign', () => {
		expect(parseDecimal('\u22120,75')).toBe(-0.75);
	});
});
