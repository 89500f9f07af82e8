export type CsvCell = string | number | null;

/**
 * One RFC 4180 cell. Text starting with = + - @ would run as a formula in a spreadsheet, so a quote mark
 * keeps it text; numbers (a negative gap, say) are written as they are.
 */
export function csvCell(value: CsvCell): string {
	if (value === null) return '';
	const text = String(value);
	const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV lines with a byte-order mark, so spreadsheet programs read the UTF-8 letters right. */
export function csvDocument(lines: CsvCell[][]): string {
	return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
