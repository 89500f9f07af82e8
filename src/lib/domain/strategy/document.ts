import { DIMENSIONS } from '../questionnaire/vocabulary';
import { formatPeriod } from './dates';
import { formatNumber, measureBasis, sectionHeading, type StrategyExportLabels } from './labels';
import type { SituationFact, StrategyIndicator, StrategyMeasure, StrategyOutline } from './types';

/** One block of an exported strategy; the Markdown and the DOCX export each render the same blocks. */
export type StrategyBlock =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
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

/** A number with its unit as the language writes it: "9,8 %", "58,3 / 100", "1 240 henkeä". */
export function withUnit(language: StrategyOutline['language'], value: number, unit: string): string {
	const n = formatNumber(language, value);
	return unit.trim() ? `${n} ${unit.trim()}` : n;
}

function factText(language: StrategyOutline['language'], fact: SituationFact): string {
	return fact.number === null ? fact.value : withUnit(language, fact.number, fact.unit);
}

/**
 * The eight numbered sections of the strategy as export blocks, every fixed text in the outline's language
 * (labels: strategyLabels() of that language). The outline is already in the reader's language
 * (localizeOutline). No internal code is written: areas by name, months as words, numbers as the
 * language writes them; each measure is a readable block rather than a row of a wide table.
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
	const value = (i: StrategyIndicator, v: number | null) =>
		v === null ? labels.empty : withUnit(lang, v, i.unit);

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
	const period = formatPeriod(lang, outline.period.start, outline.period.end);
	if (period) paragraph(`${labels.period}: ${period}`);
	if (situation.facts.length > 0) {
		h2(labels.facts);
		list(situation.facts.map((f) => `${f.label}: ${factText(lang, f)}`));
	}
	for (const topic of situation.topics) {
		if (!topic.text.trim()) continue;
		h2(labels.topics[topic.id]);
		paragraph(topic.text);
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
	const key = outline.measures.filter((m) => m.key);
	if (key.length > 0) {
		h2(labels.keyMeasures);
		list(key.map((m) => orEmpty(m.title)));
	}
	const m = labels.measure;
	for (const group of groups) {
		h2(labels.dimensions[group.dimension]);
		for (const measure of group.measures) {
			blocks.push({ kind: 'heading', level: 3, text: orEmpty(measure.title) });
			if (measure.description.trim()) paragraph(measure.description);
			const fields: Array<[string, string]> = [
				[m.owner, orEmpty(measure.owner)],
				[m.partners, measure.partners],
				[m.schedule, formatPeriod(lang, measure.start, measure.end)],
				[m.cost, measure.cost === null ? '' : m.costValue(measure.cost)],
				[m.budgetLine, measure.budgetLine],
				[m.resources, measure.resources],
				[m.basedOn, measureBasis(labels, measure)]
			];
			blocks.push({
				kind: 'list',
				items: fields.filter(([, text]) => text.trim()).map(([lead, text]) => ({ lead: `${lead}:`, text }))
			});
		}
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
				[
					i.source,
					i.frequency.trim() ? `${ind.frequency}: ${i.frequency}` : '',
					i.owner.trim() ? `${ind.owner}: ${i.owner}` : ''
				]
					.filter((x) => x.trim())
					.join('\n') || labels.empty,
				value(i, i.baseline),
				value(i, i.target),
				orEmpty(i.when)
			]),
			widths: [30, 34, 13, 13, 10]
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
