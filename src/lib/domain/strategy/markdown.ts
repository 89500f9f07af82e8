import { strategyBlocks } from './document';
import type { StrategyExportLabels } from './labels';
import type { StrategyOutline } from './types';

/** Line breaks as the document writes them: \n only. */
const normalize = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/**
 * What a Markdown renderer could turn into markup, as characters it shows literally: HTML and <autolinks>
 * need < (and & for entities), links, images and reference definitions need [ ], attribute lists { and a
 * backslash could undo an escape. Entities rather than backslash escapes, which some renderers ignore.
 */
const INERT: Record<string, string> = {
	'\\': '\\\\',
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'[': '&#91;',
	']': '&#93;',
	'{': '&#123;'
};

/** Text from the outline made safe to place in the document: it renders as the same text, never as markup. */
export function markdownText(text: string): string {
	return normalize(text).replace(/[\\&<>[\]{]/g, (c) => INERT[c]!);
}

/** Text for one line, such as a heading: line breaks become spaces. */
const inline = (text: string) => markdownText(text).replace(/\s*\n\s*/g, ' ');

/** A table cell: | escaped, line breaks as <br>, so a cell cannot break its row. */
export function markdownCell(text: string): string {
	return markdownText(text).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** A list item, already made safe, whose continuation lines stay inside the item. */
const bullet = (safe: string) => `- ${safe.replace(/\n/g, '\n  ')}`;

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
	return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * The strategy outline as a Markdown document (GitHub-flavoured tables): a title with the municipality and
 * year, then the eight numbered sections in the outline's language (labels: strategyLabels() of that
 * language). Pure and deterministic. Every text goes through markdownText, so nothing a user typed can
 * become HTML or a link in a reader's Markdown renderer.
 */
export function outlineToMarkdown(outline: StrategyOutline, labels: StrategyExportLabels): string {
	const title = normalize(outline.title);
	const extra = [outline.municipality, String(outline.year)].filter((part) => !title.includes(part));
	const out = [
		`# ${inline(title)}${extra.length > 0 ? ` – ${inline(extra.join(' '))}` : ''}`,
		`*${inline(labels.coverTitle)} · ${inline(labels.preparedWith)}*`
	];
	for (const block of strategyBlocks(outline, labels)) {
		switch (block.kind) {
			case 'heading':
				out.push(`${'#'.repeat(block.level + 1)} ${inline(block.text)}`);
				break;
			case 'paragraph':
				if (normalize(block.text)) out.push(markdownText(block.text));
				break;
			case 'list':
				out.push(
					block.items
						.map((i) =>
							bullet(i.lead ? `**${inline(i.lead)}** ${markdownText(i.text)}` : markdownText(i.text))
						)
						.join('\n')
				);
				break;
			case 'table':
				out.push(table(block.header, block.rows));
				break;
		}
	}
	return out.join('\n\n') + '\n';
}
