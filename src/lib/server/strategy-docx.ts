import { AlignmentType, Document, Header, HeadingLevel, Packer, Paragraph, Table, TextRun } from 'docx';
import { formatPeriod } from '../domain/strategy/dates';
import { strategyBlocks } from '../domain/strategy/document';
import type { StrategyExportLabels } from '../domain/strategy/labels';
import type { StrategyOutline } from '../domain/strategy/types';
import { ACCENT, clean, FONT, PAGE, pageFooter, runs, table } from './docx-parts';
import { strategyExportLabels } from './export-labels';

/** A text as paragraphs: an empty line starts a new paragraph. */
function paragraphs(text: string): Paragraph[] {
	return clean(text)
		.split(/\n\s*\n/)
		.filter((p) => p.trim())
		.map((p) => new Paragraph({ children: runs(p), spacing: { before: 120, after: 120 } }));
}

/** A table with a repeated, shaded header row; widths in per cent of the text width. */
function cover(outline: StrategyOutline, labels: StrategyExportLabels): Paragraph[] {
	const line = (
		text: string,
		size: number,
		extra: { bold?: boolean; italics?: boolean; color?: string } = {},
		before = 0
	) =>
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { before, after: 240 },
			children: [new TextRun({ text: clean(text), size, ...extra })]
		});
	return [
		line(outline.municipality, 64, { bold: true, color: ACCENT }, 3600),
		line(outline.title, 40),
		line(
			formatPeriod(outline.language, outline.period.start, outline.period.end) || String(outline.year),
			32
		),
		line(labels.draft.toUpperCase(), 28, { bold: true, color: 'C00000' }),
		line(labels.preparedWith, 20, { italics: true })
	];
}

/** The shared export blocks as Word paragraphs and tables. */
function body(outline: StrategyOutline, labels: StrategyExportLabels): Array<Paragraph | Table> {
	return strategyBlocks(outline, labels).flatMap((block): Array<Paragraph | Table> => {
		switch (block.kind) {
			case 'heading':
				return [
					new Paragraph({
						text: block.text,
						heading:
							block.level === 1
								? HeadingLevel.HEADING_1
								: block.level === 2
									? HeadingLevel.HEADING_2
									: HeadingLevel.HEADING_3
					})
				];
			case 'paragraph':
				return paragraphs(block.text);
			case 'list':
				return block.items
					.filter((item) => item.lead || clean(item.text))
					.map(
						(item) =>
							new Paragraph({
								bullet: { level: 0 },
								children: [
									...(item.lead ? [new TextRun({ text: `${item.lead} `, bold: true })] : []),
									...runs(item.text)
								]
							})
					);
			case 'table':
				return [table(block.header, block.rows, block.widths)];
		}
	});
}

/**
 * The strategy outline as a Word document: a cover page, the eight numbered sections as headings, the
 * measures as readable blocks under each good-relations dimension and the indicators as a table, "Page X of Y" in the
 * footer; every fixed text in the outline's language.
 */
export async function outlineToDocx(
	outline: StrategyOutline,
	labels: StrategyExportLabels = strategyExportLabels(outline.language)
): Promise<Buffer> {
	const page = {
		size: { width: PAGE.width, height: PAGE.height },
		margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin }
	};
	const doc = new Document({
		creator: labels.preparedWith,
		title: clean(`${outline.title} – ${outline.municipality} ${outline.year}`),
		description: labels.coverTitle,
		styles: {
			default: {
				document: { run: { font: FONT, size: 22, language: { value: labels.locale } } },
				heading1: {
					run: { font: FONT, size: 32, bold: true, color: ACCENT },
					paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true }
				},
				heading2: {
					run: { font: FONT, size: 26, bold: true, color: ACCENT },
					paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true }
				},
				heading3: {
					run: { font: FONT, size: 23, bold: true },
					paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true }
				}
			}
		},
		sections: [
			{
				properties: { page },
				children: cover(outline, labels)
			},
			{
				properties: { page },
				headers: {
					default: new Header({
						children: [
							new Paragraph({
								alignment: AlignmentType.RIGHT,
								children: [
									new TextRun({
										text: clean(`${outline.municipality} · ${labels.coverTitle}`),
										size: 16,
										color: '595959'
									})
								]
							})
						]
					})
				},
				footers: { default: pageFooter(labels.page) },
				children: body(outline, labels)
			}
		]
	});
	return Packer.toBuffer(doc);
}
