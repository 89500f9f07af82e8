/**
 * Chart colours: the Okabe-Ito colour-blind-safe hues, darkened where needed so that every line, bar edge
 * and point reaches 3:1 against the white chart background (WCAG 1.4.11; tests/unit/contrast.test.ts).
 */
export const CHART_BACKGROUND = '#ffffff';
export const TICK_COLOR = '#1b1f24';

export const CHART_COLORS = {
	own: '#0072b2',
	mean: '#d55e00',
	size: '#007a5a',
	diversity: '#b8527f',
	/** The further trend lines, in order. */
	extra: ['#000000', '#9e6a00', '#007a5a', '#b8527f', '#d55e00']
};

/** Dash patterns for lines, so they differ by more than colour. */
export const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 0]];
