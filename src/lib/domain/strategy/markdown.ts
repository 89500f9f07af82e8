import { DIMENSIONS } from '../questionnaire/schema';
import {
	fillLabel,
	formatNumber,
	measureBasis,
	sectionHeading,
	strategyLabels,
	type StrategyExportLabels
} from './labels';
import type { StrategyMeasure, StrategyOutline, StrategySection } from './types';

/** Line breaks as the document writes them: \n only. */
const normalize = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** A table cell: | escaped, line breaks as <br>, so a cell cannot break its row. */
export function markdownCell(text: string): string {
	const value = normalize(text);
	return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** A list item whose continuation lines stay inside the item. */
const bullet = (text: string) => `- ${normalize(text).replace(/\n/g, '\n  ')}`;

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
	return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

const orEmpty = (labels: StrategyExportLabels, text: string) => (text.trim() ? text : labels.empty);

/** Measures of each dimension in the framework's order; dimensions without measures are left out. */
export function measuresByDimension(measures: StrategyMeasure[]) {
	return DIMENSIONS.map((dimension) => ({
		dimension,
		measures: measures.filter((m) => m.dimension === dimension)
	})).filter((group) => group.measures.length > 0);
}

/**
 * The strategy outline as a Markdown document (GitHub-flavoured tables): a title with the municipality and
 * year, then the eight numbered sections in the outline's language. Pure and deterministic.
 */
export function outlineToMarkdown(outline: StrategyOutline): string {
	const lang = outline.language;
	const labels = strategyLabels(lang);
	const num = (value: number | null) => (value === null ? labels.empty : formatNumber(lang, value));
	const blocks: string[] = [];
	const heading = (section: StrategySection) => blocks.push(`## ${sectionHeading(labels, section)}`);
	const paragraph = (text: string) => {
		if (normalize(text)) blocks.push(normalize(text));
	};
	const list = (items: string[]) => {
		if (items.length > 0) blocks.push(items.map(bullet).join('\n'));
	};

	const title = normalize(outline.title);
	const extra = [outline.municipality, String(outline.year)].filter((part) => !title.includes(part));
	blocks.push(`# ${title}${extra.length > 0 ? ` – ${extra.join(' ')}` : ''}`);
	blocks.push(`*${labels.coverTitle} · ${labels.preparedWith}*`);

	heading('vision');
	paragraph(outline.vision.text);
	if (outline.vision.principles.length > 0) {
		blocks.push(`### ${labels.principles}`);
		list(outline.vision.principles.map((p) => `**${labels.dimensions[p.dimension]}:** ${p.text}`));
	}

	heading('situation');
	const situation = outline.situation;
	paragraph(situation.text);
	if (situation.facts.length > 0) {
		blocks.push(`### ${labels.facts}`);
		list(situation.facts.map((f) => `${f.label}: ${f.value}`));
	}
	if (situation.strongest.length > 0) {
		blocks.push(`### ${labels.strongest}`);
		list(
			situation.strongest.map((s) =>
				fillLabel(labels.strongestItem, { area: s.area, score: formatNumber(lang, s.score) })
			)
		);
	}
	if (situation.gaps.length > 0) {
		blocks.push(`### ${labels.gaps}`);
		list(
			situation.gaps.map((g) =>
				fillLabel(labels.gapItem, {
					area: g.area,
					gap: formatNumber(lang, g.gap, true),
					mean: formatNumber(lang, g.mean)
				})
			)
		);
	}
	if (situation.change !== null) {
		paragraph(fillLabel(labels.change, { change: formatNumber(lang, situation.change, true) }));
	}

	heading('objectives');
	for (const dimension of DIMENSIONS) {
		const objectives = outline.objectives.filter((o) => o.dimension === dimension);
		if (objectives.length === 0) continue;
		blocks.push(`### ${labels.dimensions[dimension]}`);
		list(objectives.map((o) => o.text));
	}

	heading('measures');
	const groups = measuresByDimension(outline.measures);
	if (groups.length === 0) paragraph(labels.noMeasures);
	const m = labels.measure;
	for (const group of groups) {
		blocks.push(`### ${labels.dimensions[group.dimension]}`);
		blocks.push(
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
				])
			)
		);
	}

	heading('indicators');
	const ind = labels.indicator;
	if (outline.indicators.length === 0) paragraph(labels.noIndicators);
	else
		blocks.push(
			table(
				[ind.name, ind.source, ind.baseline, ind.target, ind.when],
				outline.indicators.map((i) => [
					orEmpty(labels, i.name),
					orEmpty(labels, i.source),
					num(i.baseline),
					num(i.target),
					orEmpty(labels, i.when)
				])
			)
		);

	heading('governance');
	paragraph(outline.governance.text);

	heading('links');
	paragraph(outline.links.text);
	list(outline.links.items.filter((item) => item.trim()));

	heading('followUp');
	paragraph(outline.followUp.text);

	return blocks.join('\n\n') + '\n';
}
