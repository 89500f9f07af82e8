import type { ChartConfiguration } from 'chart.js';
import { patternFill } from './patterns';
import { categoryLabel, radarLabel } from './chart-labels';

import { CHART_COLORS, DASHES, TICK_COLOR } from './palette';

export const COLORS = CHART_COLORS;

/** Larger, darker labels than Chart.js's 12 px grey; tick labels on a backdrop so they never sit on the data. */
const font = { size: 14 };
const scale = {
	min: 0,
	max: 100,
	ticks: { stepSize: 20, color: TICK_COLOR, font, backdropColor: 'rgba(255,255,255,0.85)' },
	grid: { color: '#d5dbe1' }
};
const legend = { position: 'bottom' as const, labels: { color: TICK_COLOR, font, usePointStyle: true } };
const categories = { ticks: { color: TICK_COLOR, font } };

/** Below this page width the radar's twelve area names cannot be set around it readably: bars instead. */
export const NARROW_CHART = 600;

export function radarConfig(
	labels: string[],
	own: Array<number | null>,
	mean: Array<number | null>,
	ownLabel: string,
	meanLabel: string
): ChartConfiguration {
	return {
		type: 'radar',
		data: {
			labels,
			datasets: [
				{
					label: ownLabel,
					data: own,
					borderColor: COLORS.own,
					backgroundColor: 'rgba(0,114,178,0.15)',
					pointRadius: 3,
					fill: true
				},
				{
					label: meanLabel,
					data: mean,
					borderColor: COLORS.mean,
					backgroundColor: 'rgba(213,94,0,0.08)',
					borderDash: [6, 4],
					pointRadius: 3,
					fill: true
				}
			]
		},
		options: {
			scales: {
				r: { ...scale, pointLabels: { color: TICK_COLOR, font: { size: 13 }, callback: radarLabel } }
			},
			plugins: { legend }
		}
	};
}

export function barsConfig(
	labels: string[],
	series: Array<{ label: string; data: Array<number | null>; color: string }>,
	horizontal = true
): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels,
			// Series differ by pattern as well as colour (solid, stripes, dots, cross-hatch), for colour-blind readers.
			datasets: series.map((s, i) => ({
				label: s.label,
				data: s.data,
				backgroundColor: patternFill(s.color, i),
				borderColor: s.color,
				borderWidth: 1.5
			}))
		},
		options: {
			indexAxis: horizontal ? 'y' : 'x',
			scales: horizontal
				? { x: scale, y: { ticks: { ...categories.ticks, autoSkip: false, callback: categoryLabel } } }
				: { y: scale, x: categories },
			plugins: { legend }
		}
	};
}

export function lineConfig(
	years: string[],
	series: Array<{ label: string; data: Array<number | null>; color: string; bold?: boolean }>
): ChartConfiguration {
	return {
		type: 'line',
		data: {
			labels: years,
			// Each line has its own dash and point shape besides its colour.
			datasets: series.map((s, i) => ({
				label: s.label,
				data: s.data,
				borderColor: s.color,
				backgroundColor: s.color,
				borderDash: DASHES[i % DASHES.length],
				pointStyle: POINTS[i % POINTS.length],
				borderWidth: s.bold ? 3.5 : 2,
				pointRadius: s.bold ? 5 : 4,
				spanGaps: true
			}))
		},
		options: { scales: { y: scale, x: categories }, plugins: { legend } }
	};
}

const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;
