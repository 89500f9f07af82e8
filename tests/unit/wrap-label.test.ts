import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/components/charts/wrap-label';

/** One unit per character, so the limits below read as character counts. */
const chars = (s: string) => s.length;

describe('wrapping a chart label', () => {
	it('keeps a label that fits on one line as it is', () => {
		expect(wrapLabel('Language', 12, chars)).toBe('Language');
	});

	it('breaks a long area name between words, no line over the limit', () => {
		const lines = wrapLabel('Mediation and conflict resolution', 12, chars);
		expect(lines).toEqual(['Mediation', 'and conflict', 'resolution']);
		expect(Math.max(...(lines as string[]).map(chars))).toBeLessThanOrEqual(12);
	});

	it('breaks a too long word after its hyphen, keeping the hyphen', () => {
		expect(wrapLabel('Anti-discrimination', 12, chars)).toEqual(['Anti-', 'discrimination']);
	});

	it('leaves a too long compound whole rather than cutting it mid-word', () => {
		expect(wrapLabel('Kulttuurienvälinen näkökulma', 12, chars)).toEqual(['Kulttuurienvälinen', 'näkökulma']);
	});

	it('joins words after a hyphenated part when they fit', () => {
		expect(wrapLabel('Anti-discrimination', 30, chars)).toBe('Anti-discrimination');
		expect(wrapLabel('Pre-school age group', 11, chars)).toEqual(['Pre-school', 'age group']);
	});
});
