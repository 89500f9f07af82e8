import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownCell, markdownText, outlineToMarkdown } from '../../src/lib/domain/strategy/markdown';
import { strategyExportLabels } from '../../src/lib/server/export-labels';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

const HOSTILE = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[click me](javascript:alert(1))',
	'![pixel](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
	'<javascript:alert(1)>',
	'[ref]\n\n[ref]: javascript:alert(1)',
	'\\[escaped](javascript:alert(1))',
	'[x]( javascript:alert(1) "title")',
	'&#60;script&#62;alert(1)&#60;/script&#62;',
	'<a href="data:text/html,<script>alert(1)</script>">x</a>',
	'Paragraph\n{: onclick="alert(1)"}'
];

/** What is left once our entities are taken out: none of it may be a character that starts markup. */
const withoutEntities = (text: string) => text.replace(/&(amp|lt|gt|#91|#93|#123);/g, '');
/** Undoes markdownText, as a CommonMark renderer would when it shows the text. */
const shown = (text: string) =>
	text
		.replace(/\\\\/g, '\\')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&#91;/g, '[')
		.replace(/&#93;/g, ']')
		.replace(/&#123;/g, '{')
		.replace(/&amp;/g, '&');

describe('markdownText', () => {
	it('leaves ordinary text alone', () => {
		expect(markdownText('Language café: weekly (in the library) – 5 000 € a year.')).toBe(
			'Language café: weekly (in the library) – 5 000 € a year.'
		);
	});

	it('turns HTML into entities and brackets into character references', () => {
		expect(markdownText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(markdownText('[click me](javascript:alert(1))')).toBe('&#91;click me&#93;(javascript:alert(1))');
		expect(markdownText('![pixel](data:x)')).toBe('!&#91;pixel&#93;(data:x)');
		expect(markdownText('Town & gown')).toBe('Town &amp; gown');
		expect(markdownText('&#60;b&#62;')).toBe('&amp;#60;b&amp;#62;');
		expect(markdownText('a\\[b]')).toBe('a\\\\&#91;b&#93;');
	});

	it('never lets a character that starts markup through, and shows exactly what was typed', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), (text) => {
				const safe = markdownText(text);
				expect(withoutEntities(safe)).not.toMatch(/[<>[\]{&]/);
				expect(shown(safe)).toBe(text.replace(/\r\n?/g, '\n').trim());
			})
		);
	});

	it('keeps a table cell on its row without opening markup', () => {
		expect(markdownCell('<b>a</b> | [x](javascript:y)\nnext')).toBe(
			'&lt;b&gt;a&lt;/b&gt; \\| &#91;x&#93;(javascript:y)<br>next'
		);
	});
});

describe('outlineToMarkdown with hostile text', () => {
	const outline = strategyOutlineFixture('en');
	const hostile = HOSTILE.join('\n');
	const markdown = outlineToMarkdown(
		{
			...outline,
			title: `Strategy <img src=x onerror=alert(1)> [x](javascript:alert(1))`,
			municipality: '<b>Koivuranta</b>',
			vision: {
				text: hostile,
				principles: [{ dimension: 'attitudes', text: '[evil](javascript:alert(1))' }]
			},
			objectives: [{ id: 'o', dimension: 'safety', text: '<iframe src="javascript:alert(1)">' }],
			measures: outline.measures.map((m) => ({ ...m, title: hostile, owner: '<script>x</script>' })),
			indicators: outline.indicators.map((i) => ({ ...i, name: '![i](data:text/html,x)' })),
			governance: { text: '<details open ontoggle=alert(1)>' },
			links: { text: '[a]: javascript:alert(1)', items: ['<https://evil.example>', '[b](data:x)'] },
			followUp: { text: hostile }
		},
		strategyExportLabels('en')
	);

	it('writes no HTML tag other than its own <br> in table cells', () => {
		expect(markdown.replace(/<br>/g, '')).not.toMatch(/</);
	});

	it('writes no link, image, autolink or reference definition', () => {
		expect(markdown).not.toMatch(/[[\]]/);
		expect(markdown).not.toMatch(/<(javascript|data|https?):/i);
		expect(markdown).not.toMatch(/^\s*\[[^\]]*\]:/m);
	});

	it('keeps the hostile text readable as text', () => {
		expect(markdown.split('\n')[0]).toBe(
			'# Strategy &lt;img src=x onerror=alert(1)&gt; &#91;x&#93;(javascript:alert(1)) – &lt;b&gt;Koivuranta&lt;/b&gt; 2026'
		);
		expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		// The owner is a field of the measure's block since measures are no longer table rows.
		expect(markdown).toContain('- **Responsible:** &lt;script&gt;x&lt;/script&gt;');
		expect(markdown).toContain('- &lt;iframe src="javascript:alert(1)"&gt;');
	});
});
