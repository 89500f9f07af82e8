import { describe, expect, it } from 'vitest';
import { answerFromForm, parseDecimal } from '../../src/lib/domain/answer-form';
import type { Question } from '../../src/lib/domain/questionnaire/schema';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const mini = loadQuestionnaireDir('tests/fixtures/mini');
const question = (code: string): Question =>
	mini.areas.flatMap((a) => a.questions).find((q) => q.code === code)!;

function form(fields: Array<[string, string]>): FormData {
	const data = new FormData();
	for (const [k, v] of fields) data.append(k, v);
	return data;
}

function saved(code: string, fields: Array<[string, string]>) {
	const result = answerFromForm(question(code), form(fields));
	if (!result.ok) throw new Error(`expected the form to be accepted: ${result.error}`);
	return result.save;
}

function refused(code: string, fields: Array<[string, string]>) {
	const result = answerFromForm(question(code), form(fields));
	if (result.ok) throw new Error('expected the form to be refused');
	return result.error;
}

describe('answer form by question type', () => {
	it('reads a radio choice for single choice and yes/partly/no, and no choice as no value', () => {
		expect(saved('q1', [['choice', 'some']]).value).toEqual({ kind: 'option', option: 'some' });
		expect(saved('q2', [['choice', 'partly']]).value).toEqual({ kind: 'option', option: 'partly' });
		expect(saved('q1', [['choice', '']]).value).toBeNull();
		expect(saved('q2', []).value).toBeNull();
	});

	it('reads checked boxes for a multi-select, ignoring empty ones', () => {
		const fields: Array<[string, string]> = [
			['options', 'o1'],
			['options', ''],
			['options', 'o4']
		];
		expect(saved('q3', fields).value).toEqual({ kind: 'options', options: ['o1', 'o4'] });
		expect(saved('q3', [['options', '']]).value).toBeNull();
	});

	it('reads numbers as people type them', () => {
		expect(saved('q4', [['number', '1 234,5']]).value).toEqual({ kind: 'number', value: 1234.5 });
		expect(saved('q4', [['number', '1\u00a0000']]).value).toEqual({ kind: 'number', value: 1000 });
		expect(saved('q4', [['number', ' 12.25 ']]).value).toEqual({ kind: 'number', value: 12.25 });
		expect(saved('q4', [['number', '-3']]).value).toEqual({ kind: 'number', value: -3 });
		expect(saved('q4', [['number', '   ']]).value).toBeNull();
	});

	it('refuses what is not a number', () => {
		for (const text of ['abc', '12 kpl', '1,2,3', '1.234,5', '12e3', ',5']) {
			expect(refused('q4', [['number', text]])).toBe('error.number');
		}
		expect(parseDecimal('0,75')).toBe(0.75);
		expect(parseDecimal('')).toBeNull();
	});

	it('keeps free text as written and treats blank text as no value', () => {
		expect(saved('q5', [['text', '  Two lines\nof notes ']]).value).toEqual({
			kind: 'text',
			value: '  Two lines\nof notes '
		});
		expect(saved('q5', [['text', ' \n ']]).value).toBeNull();
	});

	it("reads don't know and not applicable from the special field or the choice", () => {
		expect(
			saved('q1', [
				['special', 'dont_know'],
				['choice', 'full']
			]).value
		).toEqual({ kind: 'dont_know' });
		expect(
			saved('q4', [
				['special', 'dont_know'],
				['number', '5']
			]).value
		).toEqual({ kind: 'dont_know' });
		expect(saved('q6', [['choice', 'not_applicable']]).value).toEqual({ kind: 'not_applicable' });
		expect(saved('q3', [['special', 'not_applicable']]).value).toEqual({ kind: 'not_applicable' });
		expect(
			saved('q1', [
				['special', 'something'],
				['choice', 'none']
			]).value
		).toEqual({
			kind: 'option',
			option: 'none'
		});
	});
});

describe('answer form justification and evidence', () => {
	it('carries the justification and the version the answer was edited from', () => {
		const result = saved('q2', [
			['choice', 'yes'],
			['justification', 'Decided by the board in May'],
			['baseVersion', '4']
		]);
		expect(result).toEqual({
			value: { kind: 'option', option: 'yes' },
			justification: 'Decided by the board in May',
			evidence: [],
			baseVersion: 4
		});
		expect(saved('q2', []).baseVersion).toBe(0);
		expect(refused('q2', [['baseVersion', 'x']])).toBe('error.invalid');
	});

	it('pairs each link with its title, trims them and keeps a title without a link as a draft', () => {
		const result = saved('q1', [
			['choice', 'full'],
			['evidence_url', ' https://koivuranta.example/plan '],
			['evidence_title', ' Integration plan '],
			['evidence_url', ''],
			['evidence_title', 'Forgotten title'],
			['evidence_url', 'http://example.org/minutes'],
			['evidence_title', '']
		]);
		expect(result.evidence).toEqual([
			{ url: 'https://koivuranta.example/plan', title: 'Integration plan' },
			{ url: '', title: 'Forgotten title' },
			{ url: 'http://example.org/minutes', title: '' }
		]);
	});

	it('keeps a link whose title field is missing', () => {
		const result = saved('q1', [['evidence_url', 'https://example.org/a']]);
		expect(result.evidence).toEqual([{ url: 'https://example.org/a', title: '' }]);
	});

	it('refuses a link that is not a web address, and an unsafe one as such', () => {
		for (const url of ['not a link', 'example', 'foo:bar']) {
			expect(refused('q1', [['evidence_url', url]])).toBe('error.evidence_url');
		}
		expect(refused('q1', [['evidence_url', 'javascript:alert(1)']])).toBe('error.evidence_url_unsafe');
	});

	it('reads a bare domain as an https address', () => {
		expect(saved('q1', [['evidence_url', 'example.org/a']]).evidence).toEqual([
			{ url: 'https://example.org/a', title: '' }
		]);
	});

	it('refuses more than 20 links and a too long justification', () => {
		const links = Array.from({ length: 21 }, (_, i): [string, string] => [
			'evidence_url',
			`https://e.example/${i}`
		]);
		expect(refused('q1', links)).toBe('error.evidence_too_many');
		expect(refused('q1', [['justification', 'x'.repeat(5001)]])).toBe('error.too_long');
	});
});
