import { describe, expect, it } from 'vitest';
import { answerSaveSchema, checkAnswer, isMandatory } from '../../src/lib/domain/answer-validation';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { isScored, type Question, type Questionnaire } from '../../src/lib/domain/questionnaire/schema';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const mini = loadQuestionnaireDir('tests/fixtures/mini');
const shipped = loadQuestionnaireDir('questionnaires/gri-2026');
const all = (q: Questionnaire) => q.areas.flatMap((a) => a.questions);
const question = (code: string): Question => [...all(mini), ...all(shipped)].find((q) => q.code === code)!;
const check = (code: string, value: AnswerValue) => checkAnswer(question(code), value);

describe("don't know and not applicable", () => {
	it("accepts don't know by default and refuses it where the file forbids it", () => {
		expect(check('q1', { kind: 'dont_know' })).toBeNull();
		expect(check('q4', { kind: 'dont_know' })).toBeNull();
		const strict: Question = { ...question('q1'), allow_dont_know: false };
		expect(checkAnswer(strict, { kind: 'dont_know' })).toBe('error.answer_dont_know_not_allowed');
	});

	it('accepts not applicable only where the question offers it', () => {
		expect(check('q6', { kind: 'not_applicable' })).toBeNull();
		expect(check('int-students', { kind: 'not_applicable' })).toBeNull();
		for (const code of ['q1', 'q2', 'q3', 'q4', 'q5']) {
			expect(check(code, { kind: 'not_applicable' })).toBe('error.answer_na_not_allowed');
		}
	});
});

describe('choices', () => {
	it('accepts a listed option of a single choice and refuses others', () => {
		expect(check('q1', { kind: 'option', option: 'full' })).toBeNull();
		expect(check('q1', { kind: 'option', option: 'yes' })).toBe('error.answer_unknown_option');
		expect(check('q1', { kind: 'options', options: ['full'] })).toBe('error.answer_wrong_type');
		expect(check('q1', { kind: 'text', value: 'full' })).toBe('error.answer_wrong_type');
	});

	it('accepts yes, partly and no and nothing else', () => {
		for (const option of ['yes', 'partly', 'no']) expect(check('q2', { kind: 'option', option })).toBeNull();
		expect(check('q2', { kind: 'option', option: 'maybe' })).toBe('error.answer_unknown_option');
		expect(check('q2', { kind: 'option', option: 'YES' })).toBe('error.answer_unknown_option');
		expect(check('q2', { kind: 'number', value: 1 })).toBe('error.answer_wrong_type');
	});

	it('accepts any set of listed multi-select options', () => {
		expect(check('q3', { kind: 'options', options: ['o1'] })).toBeNull();
		expect(check('q3', { kind: 'options', options: ['o4', 'o3', 'o2', 'o1'] })).toBeNull();
		expect(check('q3', { kind: 'options', options: ['none'] })).toBeNull();
	});

	it('refuses an empty, repeated, unknown or mistyped multi-select answer', () => {
		expect(check('q3', { kind: 'options', options: [] })).toBe('error.answer_empty');
		expect(check('q3', { kind: 'options', options: ['o1', 'o1'] })).toBe('error.answer_unknown_option');
		expect(check('q3', { kind: 'options', options: ['o1', 'o5'] })).toBe('error.answer_unknown_option');
		expect(check('q3', { kind: 'option', option: 'o1' })).toBe('error.answer_wrong_type');
	});

	it('refuses an exclusive option together with others', () => {
		expect(check('q3', { kind: 'options', options: ['none', 'o2'] })).toBe('error.answer_exclusive');
		expect(check('q3', { kind: 'options', options: ['o2', 'none'] })).toBe('error.answer_exclusive');
		for (const q of all(shipped)) {
			if (q.type !== 'multi_select') continue;
			const exclusive = q.options.find((o) => o.exclusive)!;
			const other = q.options.find((o) => !o.exclusive)!;
			expect(checkAnswer(q, { kind: 'options', options: [exclusive.code] })).toBeNull();
			expect(checkAnswer(q, { kind: 'options', options: [other.code, exclusive.code] })).toBe(
				'error.answer_exclusive'
			);
		}
	});
});

describe('numbers and text', () => {
	it('keeps a percentage between its min 0 and max 100', () => {
		const code = 'edu-foreign-language-pupils';
		expect(question(code)).toMatchObject({ type: 'numeric_fact', min: 0, max: 100 });
		for (const value of [0, 37.5, 100]) expect(check(code, { kind: 'number', value })).toBeNull();
		for (const value of [-0.1, 100.01, 1e6])
			expect(check(code, { kind: 'number', value })).toBe('error.answer_out_of_range');
	});

	it('refuses a negative count where only min 0 is given, with no upper limit', () => {
		const code = 'com-budget';
		expect(question(code)).toMatchObject({ type: 'numeric_fact', min: 0 });
		expect(question(code)).not.toHaveProperty('max');
		expect(check(code, { kind: 'number', value: 2_500_000 })).toBeNull();
		expect(check(code, { kind: 'number', value: -1 })).toBe('error.answer_out_of_range');
	});

	it('accepts any number without limits and refuses other kinds', () => {
		expect(check('q4', { kind: 'number', value: -42.5 })).toBeNull();
		expect(check('q4', { kind: 'text', value: '12' })).toBe('error.answer_wrong_type');
		expect(check('q4', { kind: 'option', option: '12' })).toBe('error.answer_wrong_type');
	});

	it('accepts text for a text question and nothing else', () => {
		expect(check('q5', { kind: 'text', value: 'Notes' })).toBeNull();
		expect(check('q5', { kind: 'number', value: 1 })).toBe('error.answer_wrong_type');
		expect(check('com-notes', { kind: 'options', options: ['x'] })).toBe('error.answer_wrong_type');
	});

	it('refuses a number that is not finite before it reaches the checks', () => {
		const parsed = answerSaveSchema.safeParse({ value: { kind: 'number', value: Infinity }, baseVersion: 0 });
		expect(parsed.success).toBe(false);
		expect(answerSaveSchema.parse({ value: null, baseVersion: 2 })).toEqual({
			value: null,
			justification: '',
			evidence: [],
			baseVersion: 2
		});
	});
});

describe('mandatory questions', () => {
	it('makes scored questions mandatory and context facts and free text optional by default', () => {
		const mandatory = all(mini)
			.filter(isMandatory)
			.map((q) => q.code);
		expect(mandatory).toEqual(['q1', 'q2', 'q3', 'q6', 'q7', 'q8', 'q9']);
	});

	it('follows the file when it says otherwise', () => {
		expect(isMandatory({ ...question('q1'), mandatory: false })).toBe(false);
		expect(isMandatory({ ...question('q5'), mandatory: true })).toBe(true);
		expect(isMandatory({ ...question('q4'), mandatory: true })).toBe(true);
	});

	it('in the shipped questionnaire, asks every scored question and no context fact', () => {
		for (const q of all(shipped)) expect([q.code, isMandatory(q)]).toEqual([q.code, isScored(q)]);
	});
});
