import { describe, expect, it } from 'vitest';
import { markdownCell, outlineToMarkdown as toMarkdown } from '../../src/lib/domain/strategy/markdown';
import type { StrategyOutline } from '../../src/lib/domain/strategy/types';
import { strategyExportLabels } from '../../src/lib/server/export-labels';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

const questionnaire = loadQuestionnaireDir('questionnaires/gri-2026');

/** The Markdown export with the catalogue's texts and area names in the outline's language, as the download route does. */
const outlineToMarkdown = (outline: StrategyOutline) =>
	toMarkdown(outline, strategyExportLabels(outline.language, questionnaire));

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
		expect(fi).toContain('#### Neighbourhood festivals\n\n- **Vastuutaho:** Youth services');
		expect(fi).toContain('### Vuorovaikutus');
		expect(fi).toContain('Kotoutumisen edistämisen ohjelma – luonnos');
	});

	it('groups the measures under their dimension, in the framework order', () => {
		const measures = en.slice(en.indexOf('## 4 Measures'), en.indexOf('## 5 Monitoring indicators'));
		const subheadings = measures.split('\n').filter((line) => line.startsWith('### '));
		expect(subheadings).toEqual([
			'### Key measures',
			'### Attitudes',
			'### Interaction',
			'### Participation'
		]);
		const interaction = measures.slice(
			measures.indexOf('### Interaction'),
			measures.indexOf('### Participation')
		);
		expect(interaction).toContain('City library');
		expect(interaction).toContain('Youth services');
		expect(interaction).not.toContain('Town council office');
		expect(measures.slice(measures.indexOf('### Participation'))).toContain('Town council office');
	});

	it('writes each measure as a block with its fields, key measures listed first', () => {
		const measures = en.slice(en.indexOf('## 4 Measures'), en.indexOf('## 5 Monitoring indicators'));
		expect(
			measures.indexOf('### Key measures\n\n- Advisory board for multilingual residents')
		).toBeGreaterThan(0);
		expect(measures).toContain(
			[
				'#### Advisory board for multilingual residents',
				'',
				'The board meets four times a year and advises the council.',
				'',
				'- **Responsible:** Town council office',
				'- **Partners:** Local associations',
				'- **Schedule:** January 2027 – December 2028',
				'- **Cost estimate:** 5,000 € a year',
				'- **Budget line:** Central administration',
				'- **Resources:** Half a post of the coordinator',
				'- **Based on:** Leadership and citizenship · includes a key recommendation of the expert'
			].join('\n')
		);
		expect(measures).toContain('- **Partners:** Adult education centre\n  Red Cross volunteers');
		expect(measures).toContain('#### Language café | weekly in the library');
	});

	it('never shows an internal area or question code', () => {
		for (const code of [
			'leadership',
			'cultural-social',
			'neighbourhoods',
			'gov-board',
			'cul-meet',
			'culture'
		])
			expect(en).not.toMatch(new RegExp(`(^|[^-\\w])${code}([^-\\w]|$)`, 'm'));
		expect(markdownCell('a|b\r\nc')).toBe('a\\|b<br>c');
	});

	it('writes the indicators table with the unit, and a dash for a missing baseline', () => {
		expect(en).toContain('| Indicator | Source | Baseline | Target | Re-measured |');
		expect(en).toContain('| Overall index | – | 58.3 | 68.3 | 2029 |');
		expect(en).toContain('| Cultural and civil life | – | – | – | – |');
	});

	it('lists objectives, facts with their units, the situation topics, strongest areas, gaps and links', () => {
		expect(en).toContain('### Participation\n\n- Immigrants sit on municipal boards.');
		expect(en).toContain('- Population: 23 400');
		expect(en).toContain('- Moved here from abroad: 1,240 persons');
		expect(en).toContain(
			'### Reasons for moving to the municipality\n\nMost newcomers came for work at the hospital and the university.'
		);
		expect(en).not.toContain('Who was consulted');
		expect(en).toContain('Programme period: January 2027 – December 2030');
		expect(en).toContain('- Education: 81.5 / 100');
		expect(en).toContain('- Housing: -14.2 points compared with the peer mean (52)');
		expect(en).toContain('- Welfare plan');
		expect(en).toContain(
			'#### Anti-rumour campaign\n\n- **Responsible:** Communications\n- **Schedule:** March 2027 – September 2027\n- **Based on:** Added by the municipality'
		);
	});

	it('writes numbers and months as the language does', () => {
		const fi = outlineToMarkdown(strategyOutlineFixture('fi'));
		expect(fi).toContain('| Overall index | – | 58,3 | 68,3 | 2029 |');
		expect(fi).toContain('- **Aikataulu:** tammikuu 2027 – joulukuu 2028');
		expect(fi).toContain('- **Kustannusarvio:** 5\u00a0000 € vuodessa');
		const sv = outlineToMarkdown(strategyOutlineFixture('sv'));
		expect(sv).toContain('januari 2027 – december 2028');
	});

	it('is deterministic', () => {
		expect(outlineToMarkdown(strategyOutlineFixture('en'))).toBe(en);
	});
});
