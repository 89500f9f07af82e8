import { strategyBlocks } from './document';
import { strategyLabels } from './labels';
import type { StrategyOutline } from './types';

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

/**
 * The strategy outline as a Markdown document (GitHub-flavoured tables): a title with the municipality and
 * year, then the eight numbered sections in the outline's language. Pure and deterministic.
 */
export function outlineToMarkdown(outline: StrategyOutline): string {
	const labels = strategyLabels(outline.language);
	const title = normalize(outline.title);
	const extra = [outline.municipality, String(outline.year)].filter((part) => !title.includes(part));
	const out = [
		`# ${title}${extra.length > 0 ? ` – ${extra.join(' ')}` : ''}`,
		`*${labels.coverTitle} · ${labels.preparedWith}*`
	];
	for (const block of strategyBlocks(outline, labels)) {
		switch (block.kind) {
			case 'heading':
				out.push(`${block.level === 1 ? '##' : '###'} ${block.text}`);
				break;
			case 'paragraph':
				if (normalize(block.text)) out.push(normalize(block.text));
				break;
			case 'list':
				out.push(block.items.map((i) => bullet(i.lead ? `**${i.lead}** ${i.text}` : i.text)).join('\n'));
				break;
			case 'table':
				out.push(table(block.header, block.rows));
				break;
		}
	}
	return out.join('\n\n') + '\n';
}
