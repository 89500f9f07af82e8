import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { DIMENSIONS, isScored, type Language } from '../../src/lib/domain/questionnaire/schema';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import { formatNumber } from '../../src/lib/domain/strategy/labels';
import { draftStrategy, type DraftLabels } from '../../src/lib/domain/strategy/draft';
import { localizeOutline } from '../../src/lib/domain/strategy/translations';
import { strategyExportLabels } from '../../src/lib/server/export-labels';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { outlineToDocx } from '../../src/lib/server/strategy-docx';
import { docxTexts } from '../helpers/docx-text';
import { translate } from '../../src/lib/i18n/translate';

/** The shipped questionnaire, answered in the middle of every scale, drafted with every recommendation. */
const questionnaire = loadQuestionnaireDir('questionnaires/gri-2026');
const answers = new Map<string, AnswerValue>();
for (const q of questionnaire.areas.flatMap((a) => a.questions)) {
	if (q.type === 'yes_partly_no') answers.set(q.code, { kind: 'option', option: 'partly' });
	else if (q.type === 'single_choice') answers.set(q.code, { kind: 'option', option: q.options[1]!.code });
	else if (q.type === 'multi_select') answers.set(q.code, { kind: 'options', options: [q.options[0]!.code] });
}
const scores = scoreAnswers(questionnaire, answers);
const labels = (l: Language): DraftLabels => ({
	population: translate(l, 'municipality.population'),
	diversity: translate(l, 'municipality.foreign_language'),
	overall: translate(l, 'round.overall'),
	completeness: translate(l, 'report.completeness'),
	scoreUnit: '/ 100',
	dimensionIndicator: Object.fromEntries(
		DIMENSIONS.map((d) => [
			d,
			translate(l, 'strategy_draft.dimension_indicator', { dimension: translate(l, `dimension.${d}`) })
		])
	) as DraftLabels['dimensionIndicator']
});
const outline = draftStrategy({
	language: 'fi',
	questionnaire,
	municipality: 'Koivuranta (demo)',
	round: { year: 2025, population: 68_400, diversityShare: 9.8 },
	scores,
	facts: { 'bus-employment-rate': 61.5, 'wel-arrivals': 1240, 'spc-feel-safe-share': 72 },
	comparison: null,
	recommendations: questionnaire.areas.flatMap((a) =>
		a.questions.filter(isScored).map((q, i) => ({
			id: `r-${q.code}`,
			areaCode: a.code,
			questionCode: q.code,
			dimensions: q.dimensions,
			status: 'accepted' as const,
			key: a.code === 'education' && i === 0
		}))
	),
	chosen: null,
	labels: { en: labels('en'), fi: labels('fi'), sv: labels('sv') }
});

const tmp = mkdtempSync(join(tmpdir(), 'strategy-docx-lang-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const text: Partial<Record<Language, string>> = {};

/** Both languages' DOCX printed to PDF by LibreOffice in one run, then read back as plain text. */
beforeAll(async () => {
	const files: string[] = [];
	for (const lang of ['fi', 'sv'] as const) {
		const file = join(tmp, `strategy-${lang}.docx`);
		writeFileSync(
			file,
			await outlineToDocx(localizeOutline(outline, lang), strategyExportLabels(lang, questionnaire))
		);
		files.push(file);
	}
	const [fi, sv] = docxTexts(files, tmp);
	text.fi = fi;
	text.sv = sv;
}, 200_000);

/** Every area and question code of the questionnaire, as a whole word: none may reach the reader. */
const codes = questionnaire.areas.flatMap((a) => [a.code, ...a.questions.map((q) => q.code)]);
const codeIn = (pdf: string) =>
	codes.filter((code) => new RegExp(`(^|[^\\p{L}\\d-])${code}([^\\p{L}\\d-]|$)`, 'u').test(pdf));

/** A score as the exported text shows it (the PDF text has plain spaces for the no-break ones). */
const shown = (lang: Language, n: number) => formatNumber(lang, n).replace(/\s/g, ' ');

describe.each([
	['fi', 'Kotoutumisen edistämisen ohjelma', 'tammikuu 2026', 'joulukuu 2029', 'Vastuutaho: Sivistystoimi'],
	[
		'sv',
		'Program för främjande av integration',
		'januari 2026',
		'december 2029',
		'Ansvarig: Bildningsväsendet'
	]
] as const)('the %s DOCX, printed to PDF', (lang, term, start, end, owner) => {
	it('uses the statutory term and the language’s month names, never ISO months', () => {
		const pdf = text[lang]!;
		expect(pdf).toContain(term);
		expect(pdf).toContain(start);
		expect(pdf).toContain(end);
		expect(pdf).not.toMatch(/\b20\d\d-(0[1-9]|1[0-2])\b/);
		expect(pdf).not.toMatch(/kotoutumisstrategia|integrationsstrategi/i);
	});

	it('shows no internal area or question code', () => {
		// "media" is also a Finnish word ("paikallinen media", "Media ja viestintä"), not only the area code.
		const words: Record<string, string[]> = { fi: ['media'], sv: [] };
		expect(codeIn(text[lang]!).filter((c) => !words[lang]!.includes(c))).toEqual([]);
		expect(text[lang]).not.toMatch(/\b(adi|bus|edu|com|wel|spc|ldr)-[a-z]/);
	});

	it('names owners in the language and puts the key measure first', () => {
		const pdf = text[lang]!;
		expect(pdf).toContain(owner);
		const keyHeading = translate(lang, 'strategy_draft.export.key_measures');
		const education = localizeOutline(outline, lang).measures.find((m) => m.areaCode === 'education')!;
		expect(pdf.indexOf(keyHeading)).toBeGreaterThan(0);
		expect(pdf.indexOf(education.title)).toBeGreaterThan(pdf.indexOf(keyHeading));
	});

	it('has the published dimension scores as the indicators’ baselines', () => {
		const pdf = text[lang]!;
		for (const d of DIMENSIONS) {
			const name = translate(lang, 'strategy_draft.dimension_indicator', {
				dimension: translate(lang, `dimension.${d}`)
			});
			const at = pdf.indexOf(name);
			expect(at, name).toBeGreaterThan(0);
			expect(pdf.slice(at, at + 400)).toContain(`${shown(lang, scores.dimensions[d]!)} / 100`);
		}
		expect(pdf).toContain(`${shown(lang, 61.5)} %`);
	});
});
