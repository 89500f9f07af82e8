import { describe, expect, it } from 'vitest';
import { markdownCell, outlineToMarkdown as toMarkdown } from '../../src/lib/domain/strategy/markdown';
import type { StrategyOutline } from '../../src/lib/domain/strategy/types';
import { strategyExportLabels } from '../../src/lib/server/export-labels';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

/** The Markdown export with the catalogue's texts in the outline's language, as the download route does. */
const outlineToMarkdown = (outline: StrategyOutline) =>
	toMarkdown(outline, strategyExportLabels(outline.language));

const headingsOf = (markdown: string) =>
	markdown
		.split('\n')
		.filter((line) => line.startsWith('## '))
		.map((line) => line.slice(3));

describe('outlineToMarkdown', () => {
	const en = outlineToMarkdown(strategyOutlineFixture('en'));

	it('starts with the title, the municipality and the year', () => {
		expect(en.split('\n')[0]).toBe('# Local integration strategy – Koivuranta 2026');
	});

	it('has the eight numbered sections in order, in English', () => {
		expect(headingsOf(en)).toEqual([
			'1 Vision and principles',
			'2 Situation picture',
			'3 Objectives',
			'4 Measures',
			'5 Monitoring indicators',
			'6 Governance and participation',
			'7 Links to other plans',
			'8 Follow-up'
		]);
	});

	it('has the eight numbered sections in order, in Finnish, with Finnish column labels', () => {
		const fi = outlineToMarkdown(strategyOutlineFixture('fi'));
		expect(headingsOf(fi)).toEqual([
			'1 Visio ja periaatteet',
			'2 Tilannekuva',
			'3 Tavoitteet',
			'4 Toimenpiteet',
			'5 Seurantamittarit',
			'6 Johtaminen ja osallisuus',
			'7 Yhteydet muihin suunnitelmiin',
			'8 Seuranta ja päivittäminen'
		]);
		expect(fi).toContain('| Toimenpide | Vastuutaho | Kumppanit | Resurssit | Alkaa | Päättyy | Perusta |');
		expect(fi).toContain('### Vuorovaikutus');
		expect(fi).toContain('Paikallinen kotoutumisstrategia – luonnos');
	});

	it('groups the measures under their dimension, in the framework order', () => {
		const measures = en.slice(en.indexOf('## 4 Measures'), en.indexOf('## 5 Monitoring indicators'));
		const subheadings = measures.split('\n').filter((line) => line.startsWith('### '));
		expect(subheadings).toEqual(['### Attitudes', '### Interaction', '### Participation']);
		const interaction = measures.slice(
			measures.indexOf('### Interaction'),
			measures.indexOf('### Participation')
		);
		expect(interaction).toContain('City library');
		expect(interaction).toContain('Youth services');
		expect(interaction).not.toContain('Town council office');
		expect(measures.slice(measures.indexOf('### Participation'))).toContain('Town council office');
	});

	it('escapes pipes and line breaks in table cells', () => {
		expect(en).toContain('| Language café \\| weekly in the library | City library |');
		expect(en).toContain('Adult education centre<br>Red Cross volunteers');
		expect(markdownCell('a|b\r\nc')).toBe('a\\|b<br>c');
		for (const row of en.split('\n').filter((line) => line.startsWith('| Language café'))) {
			expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
		}
	});

	it('writes the indicators table, with a dash for a missing baseline', () => {
		expect(en).toContain('| Indicator | Measured by | Baseline | Target | Re-measured |');
		expect(en).toContain('| Overall index | overall | 58.3 | 68.3 | 2029 |');
		expect(en).toContain('| Cultural and civil life | culture | – | – | – |');
	});

	it('lists objectives, facts, strongest areas, gaps and links', () => {
		expect(en).toContain('### Participation\n\n- Immigrants sit on municipal boards.');
		expect(en).toContain('- Population: 23 400');
		expect(en).toContain('- Education: 81.5 / 100');
		expect(en).toContain('- Housing: -14.2 points compared with the peer mean (52)');
		expect(en).toContain('- Welfare plan');
		expect(en).toContain(
			'| Anti-rumour campaign | Communications | – | – | 2027-03 | 2027-09 | Added by the municipality |'
		);
	});

	it('writes numbers as the language does', () => {
		const fi = outlineToMarkdown(strategyOutlineFixture('fi'));
		expect(fi).toContain('| Overall index | overall | 58,3 | 68,3 | 2029 |');
	});

	it('is deterministic', () => {
		expect(outlineToMarkdown(strategyOutlineFixture('en'))).toBe(en);
	});
});
