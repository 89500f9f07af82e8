import { Document, HeadingLevel, Packer, Paragraph, Table, TextRun } from 'docx';
import type { StrategyBlock } from '../domain/strategy/document';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { ACCENT, clean, FONT, PAGE, pageFooter, runs, table } from './docx-parts';
import { reportBlocks, type Report } from './report-blocks';

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
			return [table(block.header, block.rows, block.widths), new Paragraph({ text: '' })];
	}
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
				footers: {
					default: pageFooter(translate(locale, 'strategy_export.page', { n: '{n}', total: '{total}' }))
				},
				children: reportBlocks(report, locale).flatMap(render)
			}
		]
	});
	return Packer.toBuffer(doc);
}
