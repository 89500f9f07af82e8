import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { StrategyBlock } from '../domain/strategy/document';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { reportBlocks, type Report } from './report-blocks';

/** A4 with 2 cm margins, in twentieths of a point; the same page as the strategy export. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Arial';
const ACCENT = '1F4E79';

/** Characters XML 1.0 does not allow; a pasted one would make the file unreadable. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(INVALID_XML, '').trim();
const runs = (text: string, options: { bold?: boolean; size?: number } = {}) =>
	clean(text)
		.split('\n')
		.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));

function table(block: Extract<StrategyBlock, { kind: 'table' }>): Table {
	const widths = block.widths.map((p) => Math.floor((CONTENT_WIDTH * p) / 100));
	const cell = (text: string, column: number, header: boolean) =>
		new TableCell({
			width: { size: widths[column]!, type: WidthType.DXA },
			shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F0' } : undefined,
			margins: { top: 40, bottom: 40, left: 80, right: 80 },
			children: [new Paragraph({ children: runs(text, { bold: header, size: 18 }) })]
		});
	return new Table({
		width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths: widths,
		rows: [
			new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, i, true)) }),
			...block.rows.map(
				(row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) })
			)
		]
	});
}

function render(block: StrategyBlock): Array<Paragraph | Table> {
	switch (block.kind) {
		case 'heading':
			return [
				new Paragraph({
					text: clean(block.text),
					heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2
				})
			];
		case 'paragraph':
			return [new Paragraph({ children: runs(block.text), spacing: { before: 120, after: 120 } })];
		case 'list':
			return block.items.map(
				(item) =>
					new Paragraph({
						bullet: { level: 0 },
						children: [
							...(item.lead ? [new TextRun({ text: `${clean(item.lead)} `, bold: true })] : []),
							...runs(item.text)
						]
					})
			);
		case 'table':
			return [table(block), new Paragraph({ text: '' })];
	}
}

function pageFooter(locale: Locale): Footer {
	const children = translate(locale, 'strategy_export.page', { n: '{n}', total: '{total}' })
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

/** The index report as a Word document in the reader's language, "Page X of Y" in the footer. */
export async function reportToDocx(report: Report, locale: Locale): Promise<Buffer> {
	const doc = new Document({
		title: clean(`${translate(locale, 'report.title')}: ${report.municipality.name} ${report.round.year}`),
		styles: {
			default: {
				document: { run: { font: FONT, size: 22 } },
				heading1: {
					run: { font: FONT, size: 32, bold: true, color: ACCENT },
					paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true }
				},
				heading2: {
					run: { font: FONT, size: 26, bold: true, color: ACCENT },
					paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true }
				}
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height },
						margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin }
					}
				},
				footers: { default: pageFooter(locale) },
				children: reportBlocks(report, locale).flatMap(render)
			}
		]
	});
	return Packer.toBuffer(doc);
}
