import type { ChartConfiguration } from 'chart.js';

export const COLORS = {
	own: '#1d5fa8',
	mean: '#c0561d',
	size: '#2e7d4f',
	diversity: '#7b3fa0',
	extra: ['#8a6d00', '#00707a', '#a3324f', '#4a5a6a']
};

const scale = { min: 0, max: 100, ticks: { stepSize: 20 } };

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
					backgroundColor: 'rgba(29,95,168,0.15)',
					pointRadius: 3,
					fill: true
				},
				{
					label: meanLabel,
					data: mean,
					borderColor: COLORS.mean,
					backgroundColor: 'rgba(192,86,29,0.08)',
					borderDash: [6, 4],
					pointRadius: 3,
					fill: true
				}
			]
		},
		options: {
			scales: { r: { ...scale, pointLabels: { font: { size: 11 } } } },
			plugins: { legend: { position: 'bottom' } }
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
			datasets: series.map((s) => ({
				label: s.label,
				data: s.data,
				backgroundColor: s.color,
				borderColor: s.color
			}))
		},
		options: {
			indexAxis: horizontal ? 'y' : 'x',
			scales: horizontal ? { x: scale } : { y: scale },
			plugins: { legend: { position: 'bottom' } }
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
			datasets: series.map((s) => ({
				label: s.label,
				data: s.data,
				borderColor: s.color,
				backgroundColor: s.color,
				borderWidth: s.bold ? 3 : 1.5,
				pointRadius: s.bold ? 4 : 2,
				spanGaps: true
			}))
		},
		options: { scales: { y: scale }, plugins: { legend: { position: 'bottom' } } }
	};
}
