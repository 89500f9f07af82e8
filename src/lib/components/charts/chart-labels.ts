import type { RadialLinearScale, Scale } from 'chart.js';
import { wrapLabel } from './wrap-label';

/**
 * Chart labels that stay whole on narrow canvases: Chart.js cuts a label that runs past the canvas edge
 * and never wraps one by itself, but it draws an array of strings as several lines.
 */

/** Canvases at least this wide keep their labels on one line. */
const WIDE = 760;

/** Text width in the chart's own font, for wrapping its labels. */
function measurer(scale: Scale, size: number): (s: string) => number {
	const family = scale.chart.options.font?.family ?? 'sans-serif';
	return (text) => {
		scale.ctx.save();
		scale.ctx.font = `${size}px ${family}`;
		const width = scale.ctx.measureText(text).width;
		scale.ctx.restore();
		return width;
	};
}

/**
 * On a smaller canvas (a tablet held upright), each area name of the radar on short lines, none wider than
 * a quarter of the chart, so that Chart.js fits them all around it. Phones get bars instead (see
 * AreaRadar.svelte). Called on every layout, so a resized window wraps anew.
 */
export function radarLabel(this: RadialLinearScale, label: string): string | string[] {
	if (this.width >= WIDE) return label;
	return wrapLabel(label, Math.max(64, this.width * 0.25), measurer(this, 13));
}

/** A horizontal bar chart's area names on as many lines as keep them within 40 % of a narrow chart. */
export function categoryLabel(this: Scale, value: string | number): string | string[] {
	const label = this.getLabelForValue(Number(value));
	if (this.chart.width >= WIDE) return label;
	return wrapLabel(label, Math.max(80, this.chart.width * 0.4), measurer(this, 14));
}
