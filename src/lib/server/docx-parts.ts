import {
	AlignmentType,
	Footer,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';

/** A4 with 2 cm margins, in twentieths of a point: the page of every Word export. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const FONT = 'Arial';
export const ACCENT = '1F4E79';
const HEADER_FILL = 'DCE6F0';

/** Characters XML 1.0 does not allow; a pasted one would make the file unreadable. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(INVALID_XML, '').trim();

/** Line breaks inside a paragraph become breaks of the run. */
export function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
	return clean(text)
		.split('\n')
		.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

/** A table across the text width, columns in percent of it, the header row repeated on every page. */
export function table(header: string[], rows: string[][], percents: number[]): Table {
	const widths = percents.map((p) => Math.floor((CONTENT_WIDTH * p) / 100));
	const cell = (text: string, column: number, isHeader: boolean) =>
		new TableCell({
			width: { size: widths[column]!, type: WidthType.DXA },
			shading: isHeader ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
			margins: { top: 40, bottom: 40, left: 80, right: 80 },
			children: [new Paragraph({ children: runs(text, { bold: isHeader, size: 18 }) })]
		});
	return new Table({
		width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths: widths,
		rows: [
			new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
			...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) }))
		]
	});
}

/** "Page {n} of {total}" in the reader's language, with Word's page fields in place of the placeholders. */
export function pageFooter(template: string): Footer {
	const children = template
		.split(/(\{n\}|\{total\})/)
		.filter((part) => part)
		.map((part) =>
			part === '{n}'
				? new TextRun({ children: [PageNumber.CURRENT], size: 18 })
				: part === '{total}'
					? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 })
					: new TextRun({ text: part, size: 18 })
		);
	return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}
