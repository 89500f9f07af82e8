import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuestionnaireError } from '../../src/lib/domain/questionnaire/parse';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

function errorOf(dir: string): QuestionnaireError {
	try {
		loadQuestionnaireDir(dir);
	} catch (e) {
		if (e instanceof QuestionnaireError) return e;
		throw e;
	}
	throw new Error('expected the questionnaire to be rejected');
}

/** The conditional fixture with area a rewritten, so each case breaks one thing. */
function editedCopy(edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'gri-cond-'));
	cpSync('tests/fixtures/conditional', dir, { recursive: true });
	const path = join(dir, 'areas', 'a.yaml');
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return dir;
}

describe('questionnaire check of show_if conditions', () => {
	it('accepts conditions on earlier questions', () => {
		const q = loadQuestionnaireDir('tests/fixtures/conditional');
		expect(q.areas[0]!.questions[1]!.show_if).toEqual({ question: 'q1', not_in: ['none'] });
	});

	it('rejects a cycle, naming the loop', () => {
		const e = errorOf('tests/fixtures/show-if-cycle');
		expect(e.message).toMatch(/areas\/a\.yaml at questions: show_if conditions form a cycle: q1 → q2 → q1/);
	});

	it('rejects a forward reference, naming the question and where', () => {
		const e = errorOf('tests/fixtures/show-if-forward');
		expect(e.issues).toHaveLength(1);
		expect(e.message).toMatch(
			/areas\/a\.yaml at questions\[1\]\.show_if: show_if refers to 'q6', which comes later/
		);
	});

	it('rejects a missing translation', () => {
		const e = errorOf('tests/fixtures/missing-translation');
		expect(e.message).toMatch(/areas\/a\.yaml at questions\[2\]\.text\.sv \(line \d+\): is missing/);
	});

	it('rejects an option code the referenced question does not have', () => {
		const e = errorOf(editedCopy((t) => t.replace('not_in: [none]', 'not_in: [nothing]')));
		expect(e.message).toMatch(/show_if names option 'nothing', which 'q1' does not have/);
	});

	it('rejects a question of another area and a condition with both in and not_in', () => {
		expect(errorOf(editedCopy((t) => t.replace('question: q1,', 'question: q7,'))).message).toMatch(
			/show_if refers to 'q7', which is not a question of this area/
		);
		expect(
			errorOf(
				editedCopy((t) =>
					t.replace('{ question: q1, not_in: [none] }', '{ question: q1, in: [full], not_in: [none] }')
				)
			).message
		).toMatch(/show_if needs exactly one of in or not_in/);
	});
});
