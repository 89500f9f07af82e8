import { describe, expect, it } from 'vitest';
import { DIMENSIONS, LANGUAGES, isScored } from '../../src/lib/domain/questionnaire/schema';
import { loadAllQuestionnaires } from '../../src/lib/server/questionnaire-loader';

const REQUIRED_AREAS = [
	'commitment',
	'lens',
	'education',
	'neighbourhoods',
	'public-services',
	'business-labour',
	'cultural-social',
	'public-space',
	'mediation',
	'language',
	'media',
	'international',
	'competence',
	'welcoming',
	'leadership',
	'anti-discrimination',
	'participation',
	'interaction'
];
const LENS = [
	'education',
	'neighbourhoods',
	'public-services',
	'business-labour',
	'cultural-social',
	'public-space'
];

const versions = [...loadAllQuestionnaires('questionnaires').values()];

describe.each(versions.map((q) => [q.framework.id, q] as const))('shipped questionnaire %s', (_id, q) => {
	const questions = q.areas.flatMap((a) => a.questions);
	const scored = questions.filter(isScored);

	it('has every policy area, with the six lens sub-areas under the composite lens', () => {
		expect(q.areas.map((a) => a.code)).toEqual(expect.arrayContaining(REQUIRED_AREAS));
		expect(
			q.areas
				.filter((a) => a.parent === 'lens')
				.map((a) => a.code)
				.sort()
		).toEqual([...LENS].sort());
		expect(
			q.areas
				.filter((a) => a.kind === 'optional')
				.map((a) => a.code)
				.sort()
		).toEqual(['interaction', 'participation']);
	});

	it('has about 80–100 questions and at least 4 scored questions in every area', () => {
		expect(questions.length).toBeGreaterThanOrEqual(80);
		expect(questions.length).toBeLessThanOrEqual(110);
		for (const area of q.areas.filter((a) => !a.composite)) {
			expect(area.questions.filter(isScored).length, area.code).toBeGreaterThanOrEqual(4);
		}
	});

	it('tags every scored question with a dimension and has a recommendation template for it in all languages', () => {
		for (const question of scored) {
			expect(question.dimensions.length, question.code).toBeGreaterThan(0);
			const template = q.library!.templates[question.code]!;
			for (const level of template.levels)
				for (const lang of LANGUAGES)
					expect(level.text[lang].length, `${question.code} ${lang}`).toBeGreaterThan(10);
		}
		for (const d of DIMENSIONS)
			expect(scored.filter((x) => x.dimensions.includes(d)).length, d).toBeGreaterThanOrEqual(5);
	});

	it('writes every question in English, Finnish and Swedish, and not as copies of each other', () => {
		for (const question of questions) {
			for (const lang of LANGUAGES)
				expect(question.text[lang].trim(), `${question.code} ${lang}`).not.toBe('');
			expect(question.text.fi, question.code).not.toBe(question.text.en);
			expect(question.text.sv, question.code).not.toBe(question.text.en);
		}
	});

	it('covers the Integration Act duties: local integration planning and multilingual civic orientation', () => {
		const options = (x: (typeof questions)[number]) =>
			'options' in x ? x.options.map((o) => o.label.en).join(' ') : '';
		const english = questions
			.map((x) => `${x.text.en} ${x.help?.en ?? ''} ${options(x)}`.toLowerCase())
			.join('\n');
		expect(english).toMatch(/integration act/);
		expect(english).toMatch(/civic orientation/);
		expect(english).toMatch(/indicator/);
	});
});
