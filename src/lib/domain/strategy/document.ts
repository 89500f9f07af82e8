import { DIMENSIONS } from '../questionnaire/vocabulary';
import { formatNumber, measureBasis, sectionHeading, type StrategyExportLabels } from './labels';
import type { StrategyMeasure, StrategyOutline } from './types';

/** One block of an exported strategy; the Markdown and the DOCX export each render the same blocks. */
export type StrategyBlock =
	| { kind: 'heading'; level: 1 | 2; text: string }
	| { kind: 'paragraph'; text: string }
	/** A bulleted list; an item's lead is shown in bold before its text. */
	| { kind: 'list'; items: Array<{ lead?: string; text: string }> }
	/** widths: the columns' shares of the text width, in per cent. */
	| { kind: 'table'; header: string[]; rows: string[][]; widths: number[] };

/** Measures of each dimension in the framework's order; dimensions without measures are left out. */
export function measuresByDimension(measures: StrategyMeasure[]) {
	return DIMENSIONS.map((dimension) => ({
		dimension,
		measures: measures.filter((m) => m.dimension === dimension)
	})).filter((group) => group.measures.length > 0);
}

/**
 * The eight numbered sections of the strategy as export blocks, every fixed text in the outline's language
 * (labels: strategyLabels() of that language).
 */
export function strategyBlocks(outline: StrategyOutline, labels: StrategyExportLabels): StrategyBlock[] {
	const lang = outline.language;
	const blocks: StrategyBlock[] = [];
	const h1 = (section: Parameters<typeof sectionHeading>[1]) =>
		blocks.push({ kind: 'heading', level: 1, text: sectionHeading(labels, section) });
	const h2 = (text: string) => blocks.push({ kind: 'heading', level: 2, text });
	const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });
	const list = (items: string[]) => {
		if (items.length > 0) blocks.push({ kind: 'list', items: items.map((text) => ({ text })) });
	};
	const orEmpty = (text: string) => (text.trim() ? text : labels.empty);
	const num = (value: number | null) => (value === null ? labels.empty : formatNumber(lang, value));

	h1('vision');
	paragraph(outline.vision.text);
	if (outline.vision.principles.length > 0) {
		h2(labels.principles);
		blocks.push({
			kind: 'list',
			items: outline.vision.principles.map((p) => ({
				lead: `${labels.dimensions[p.dimension]}:`,
				text: p.text
			}))
		});
	}

	const situation = outline.situation;
	h1('situation');
	paragraph(situation.text);
	if (situation.facts.length > 0) {
		h2(labels.facts);
		list(situation.facts.map((f) => `${f.label}: ${f.value}`));
	}
	if (situation.strongest.length > 0) {
		h2(labels.strongest);
		list(situation.strongest.map((s) => labels.strongestItem(s.area, s.score)));
	}
	if (situation.gaps.length > 0) {
		h2(labels.gaps);
		list(situation.gaps.map((g) => labels.gapItem(g.area, g.gap, g.mean)));
	}
	if (situation.change !== null) paragraph(labels.change(situation.change));

	h1('objectives');
	for (const dimension of DIMENSIONS) {
		const objectives = outline.objectives.filter((o) => o.dimension === dimension);
		if (objectives.length === 0) continue;
		h2(labels.dimensions[dimension]);
		list(objectives.map((o) => o.text));
	}

	h1('measures');
	const groups = measuresByDimension(outline.measures);
	if (groups.length === 0) paragraph(labels.noMeasures);
	const m = labels.measure;
	for (const group of groups) {
		h2(labels.dimensions[group.dimension]);
		blocks.push({
			kind: 'table',
			header: [m.title, m.owner, m.partners, m.resources, m.start, m.end, m.basedOn],
			rows: group.measures.map((measure) => [
				orEmpty(measure.title),
				orEmpty(measure.owner),
				orEmpty(measure.partners),
				orEmpty(measure.resources),
				orEmpty(measure.start),
				orEmpty(measure.end),
				measureBasis(labels, measure)
			]),
			widths: [22, 15, 15, 12, 9, 9, 18]
		});
	}

	h1('indicators');
	const ind = labels.indicator;
	if (outline.indicators.length === 0) paragraph(labels.noIndicators);
	else
		blocks.push({
			kind: 'table',
			header: [ind.name, ind.source, ind.baseline, ind.target, ind.when],
			rows: outline.indicators.map((i) => [
				orEmpty(i.name),
				orEmpty(i.source),
				num(i.baseline),
				num(i.target),
				orEmpty(i.when)
			]),
			widths: [34, 22, 14, 14, 16]
		});

	h1('governance');
	paragraph(outline.governance.text);
	h1('links');
	paragraph(outline.links.text);
	list(outline.links.items.filter((item) => item.trim()));
	h1('followUp');
	paragraph(outline.followUp.text);
	return blocks;
}
