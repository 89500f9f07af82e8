import type { Comparison } from './compare';

type Cell = string | number | null;

const cell = (v: Cell) => {
	const text = v === null ? '' : String(v);
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The comparison as a spreadsheet: one row per area and one for the overall index. */
export function comparisonCsv(
	comparison: Comparison,
	areaNames: Array<{ code: string; name: string }>,
	overallLabel: string
): string {
	const header = [
		'area_code',
		'area',
		'own',
		'group_mean',
		'group_median',
		'group_min',
		'group_max',
		'rank',
		'n',
		'gap_to_mean'
	];
	const row = (code: string, name: string, s: Comparison['overall']): Cell[] => [
		code,
		name,
		s.own,
		s.mean,
		s.median,
		s.min,
		s.max,
		s.rank,
		s.n,
		s.gap
	];
	const rows = [
		row('overall', overallLabel, comparison.overall),
		...areaNames.map((a) => row(a.code, a.name, comparison.areas[a.code]!))
	];
	return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
