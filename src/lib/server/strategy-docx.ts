import {
	AlignmentType,
	Document,
	Footer,
	Header,
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
import { DIMENSIONS } from '../domain/questionnaire/schema';
import {
	fillLabel,
	formatNumber,
	measureBasis,
	sectionHeading,
	strategyLabels,
	type StrategyExportLabels
} from '../domain/strategy/labels';
import { measuresByDimension } from '../domain/strategy/markdown';
import type { StrategyOutline, StrategySection } from '../domain/strategy/types';

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Arial';
const ACCENT = '1F4E79';
const HEADER_FILL = 'DCE6F0';

/** Characters XML 1.0 does not allow; a pasted one would make the file unreadable. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(INVALID_XML, '').trim();

/** Line breaks inside a paragraph become breaks of the run. */
function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
	return clean(text)
		.split('\n')
		.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

/** A text as paragraphs: an empty line starts a new paragraph. */
function paragraphs(text: string): Paragraph[] {
	return clean(text)
		.split(/\n\s*\n/)
		.filter((p) => p.trim())
		.map((p) => new Paragraph({ children: runs(p), spacing: { before: 120, after: 120 } }));
}

const bullets = (items: string[]) =>
	items
		.filter((item) => clean(item))
		.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));

const heading1 = (labels: StrategyExportLabels, section: StrategySection) =>
	new Paragraph({ text: sectionHeading(labels, section), heading: HeadingLevel.HEADING_1 });

const heading2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

/** A table with a repeated, shaded header row; widths in per cent of the text width. */
function table(header: string[], rows: string[][], percents: number[]): Table {
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

const orEmpty = (labels: StrategyExportLabels, text: string) => (clean(text) ? text : labels.empty);

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
		line(String(outline.year), 32),
		line(labels.draft.toUpperCase(), 28, { bold: true, color: 'C00000' }),
		line(labels.preparedWith, 20, { italics: true })
	];
}

function body(outline: StrategyOutline, labels: StrategyExportLabels): Array<Paragraph | Table> {
	const lang = outline.language;
	const out: Array<Paragraph | Table> = [];
	const num = (value: number | null) => (value === null ? labels.empty : formatNumber(lang, value));

	out.push(heading1(labels, 'vision'), ...paragraphs(outline.vision.text));
	if (outline.vision.principles.length > 0) {
		out.push(heading2(labels.principles));
		for (const p of outline.vision.principles) {
			out.push(
				new Paragraph({
					bullet: { level: 0 },
					children: [
						new TextRun({ text: `${labels.dimensions[p.dimension]}: `, bold: true }),
						...runs(p.text)
					]
				})
			);
		}
	}

	const situation = outline.situation;
	out.push(heading1(labels, 'situation'), ...paragraphs(situation.text));
	if (situation.facts.length > 0) {
		out.push(heading2(labels.facts), ...bullets(situation.facts.map((f) => `${f.label}: ${f.value}`)));
	}
	if (situation.strongest.length > 0) {
		out.push(
			heading2(labels.strongest),
			...bullets(
				situation.strongest.map((s) =>
					fillLabel(labels.strongestItem, { area: s.area, score: formatNumber(lang, s.score) })
				)
			)
		);
	}
	if (situation.gaps.length > 0) {
		out.push(
			heading2(labels.gaps),
			...bullets(
				situation.gaps.map((g) =>
					fillLabel(labels.gapItem, {
						area: g.area,
						gap: formatNumber(lang, g.gap, true),
						mean: formatNumber(lang, g.mean)
					})
				)
			)
		);
	}
	if (situation.change !== null) {
		out.push(...paragraphs(fillLabel(labels.change, { change: formatNumber(lang, situation.change, true) })));
	}

	out.push(heading1(labels, 'objectives'));
	for (const dimension of DIMENSIONS) {
		const objectives = outline.objectives.filter((o) => o.dimension === dimension);
		if (objectives.length === 0) continue;
		out.push(heading2(labels.dimensions[dimension]), ...bullets(objectives.map((o) => o.text)));
	}

	out.push(heading1(labels, 'measures'));
	const groups = measuresByDimension(outline.measures);
	if (groups.length === 0) out.push(...paragraphs(labels.noMeasures));
	const m = labels.measure;
	for (const group of groups) {
		out.push(
			heading2(labels.dimensions[group.dimension]),
			table(
				[m.title, m.owner, m.partners, m.resources, m.start, m.end, m.basedOn],
				group.measures.map((measure) => [
					orEmpty(labels, measure.title),
					orEmpty(labels, measure.owner),
					orEmpty(labels, measure.partners),
					orEmpty(labels, measure.resources),
					orEmpty(labels, measure.start),
					orEmpty(labels, measure.end),
					measureBasis(labels, measure)
				]),
				[22, 15, 15, 12, 9, 9, 18]
			)
		);
	}

	out.push(heading1(labels, 'indicators'));
	const ind = labels.indicator;
	if (outline.indicators.length === 0) out.push(...paragraphs(labels.noIndicators));
	else
		out.push(
			table(
				[ind.name, ind.source, ind.baseline, ind.target, ind.when],
				outline.indicators.map((i) => [
					orEmpty(labels, i.name),
					orEmpty(labels, i.source),
					num(i.baseline),
					num(i.target),
					orEmpty(labels, i.when)
				]),
				[34, 22, 14, 14, 16]
			)
		);

	out.push(heading1(labels, 'governance'), ...paragraphs(outline.governance.text));
	out.push(heading1(labels, 'links'), ...paragraphs(outline.links.text), ...bullets(outline.links.items));
	out.push(heading1(labels, 'followUp'), ...paragraphs(outline.followUp.text));
	return out;
}

/** "Page {n} of {total}" with Word's page fields in place of the placeholders. */
function pageFooter(labels: StrategyExportLabels): Footer {
	const children = labels.page
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

/**
 * The strategy outline as a Word document: a cover page, the eight numbered sections as headings, the
 * measures as one table per good-relations dimension and the indicators as a table, "Page X of Y" in the
 * footer; every fixed text in the outline's language.
 */
export async function outlineToDocx(outline: StrategyOutline): Promise<Buffer> {
	const labels = strategyLabels(outline.language);
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
				footers: { default: pageFooter(labels) },
				children: body(outline, labels)
			}
		]
	});
	return Packer.toBuffer(doc);
}
