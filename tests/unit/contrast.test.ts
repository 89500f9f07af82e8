import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND, CHART_COLORS, TICK_COLOR } from '../../src/lib/components/charts/palette';
import { contrastRatio } from '../../src/lib/domain/contrast';

/** The custom properties of the app's stylesheet, as the browser gets them. */
const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
function cssVar(name: string): string {
	const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
	if (!m) throw new Error(`--${name} is not a #rrggbb colour in app.css`);
	return m[1]!;
}

describe('non-text contrast (WCAG 1.4.11)', () => {
	it('computes the ratios WCAG gives for known pairs', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#f5b400', '#ffffff')).toBeLessThan(3); // the old amber focus ring
	});

	it('the focus ring stands out 3:1 from the page, tinted panels and the dark header', () => {
		expect(css).toMatch(/:focus-visible \{\s*outline: 3px solid var\(--focus\)/);
		expect(contrastRatio(cssVar('focus'), cssVar('paper'))).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(cssVar('focus'), cssVar('tint'))).toBeGreaterThanOrEqual(3);
		expect(contrastRatio(cssVar('focus-on-dark'), cssVar('brand-dark'))).toBeGreaterThanOrEqual(3);
	});

	it('every chart colour and the axis labels stand out 3:1 from the chart background', () => {
		const colours = [CHART_COLORS.own, CHART_COLORS.mean, CHART_COLORS.size, CHART_COLORS.diversity];
		for (const c of [...colours, ...CHART_COLORS.extra, TICK_COLOR])
			expect(contrastRatio(c, CHART_BACKGROUND), c).toBeGreaterThanOrEqual(3);
	});

	it('the series a chart shows together have different colours', () => {
		const together = [CHART_COLORS.own, CHART_COLORS.mean, CHART_COLORS.size, CHART_COLORS.diversity];
		expect(new Set(together).size).toBe(together.length);
		expect(new Set([CHART_COLORS.own, ...CHART_COLORS.extra.slice(0, 4)]).size).toBe(5);
	});
});
