import { csvDocument, type CsvCell } from '../csv';
import type { Comparison } from './compare';

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
	const row = (code: string, name: string, s: Comparison['overall']): CsvCell[] => [
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
	return csvDocument([header, ...rows]);
}
