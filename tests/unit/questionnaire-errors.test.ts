import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuestionnaireError } from '../../src/lib/domain/questionnaire/parse';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

/** A copy of the mini fixture with one file rewritten, so each test breaks exactly one thing. */
function brokenCopy(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'gri-q-'));
	cpSync('tests/fixtures/mini', dir, { recursive: true });
	const path = join(dir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return dir;
}

function errorOf(dir: string): QuestionnaireError {
	try {
		loadQuestionnaireDir(dir);
	} catch (e) {
		if (e instanceof QuestionnaireError) return e;
		throw e;
	}
	throw new Error('expected the questionnaire to be rejected');
}

describe('questionnaire errors name the file, the path inside it, the line and the reason', () => {
	it('reports a missing translation', () => {
		const e = errorOf(
			brokenCopy('areas/l1.yaml', (t) =>
				t.replace('text: { en: Q7, fi: K7, sv: F7 }', 'text: { en: Q7, fi: K7 }')
			)
		);
		expect(e.issues).toHaveLength(1);
		expect(e.issues[0]).toMatchObject({ path: 'questions[0].text.sv', line: 7, message: 'is missing' });
		expect(e.message).toMatch(/areas\/l1\.yaml at questions\[0\]\.text\.sv \(line 7\): is missing/);
	});

	it('reports an unknown question type', () => {
		const e = errorOf(
			brokenCopy('areas/opt.yaml', (t) => t.replace('type: yes_partly_no', 'type: yes_maybe'))
		);
		expect(e.message).toMatch(/opt\.yaml at questions\[0\]\.type.*: type must be one of/);
	});

	it('reports a scored question without a dimension', () => {
		const e = errorOf(
			brokenCopy('areas/opt.yaml', (t) => t.replace('dimensions: [participation]', 'dimensions: []'))
		);
		expect(e.message).toMatch(
			/opt\.yaml at questions\[0\]\.dimensions.*a scored question needs at least one dimension/
		);
	});

	it('reports a misspelt field instead of ignoring it', () => {
		const e = errorOf(brokenCopy('areas/opt.yaml', (t) => t.replace('dimensions:', 'dimension:')));
		expect(e.message).toMatch(/unknown field 'dimension'/);
		expect(e.message).toMatch(/questions\[0\]\.dimensions.*is missing/);
	});

	it('reports invalid YAML with its line', () => {
		const e = errorOf(brokenCopy('areas/l2.yaml', (t) => t.replace('code: q8', 'code: q8\n   bad: [')));
		expect(e.issues[0]!.message).toMatch(/not valid YAML/);
		expect(e.issues[0]!.line).toBeGreaterThan(0);
	});

	it('reports duplicate question codes across files and an area missing from the framework', () => {
		const e = errorOf(brokenCopy('areas/opt.yaml', (t) => t.replace('code: q9', 'code: q7')));
		expect(e.message).toMatch(/question code 'q7' is also used in/);
		const e2 = errorOf(brokenCopy('areas/opt.yaml', (t) => t.replace('area: opt', 'area: nowhere')));
		expect(e2.message).toMatch(/area 'nowhere' is not listed in the framework file/);
		expect(e2.message).toMatch(/area 'opt' has no questions file/);
	});

	it('reports peer bands with a gap', () => {
		const e = errorOf(
			brokenCopy('framework.yaml', (t) =>
				t.replace('{ code: large, min: 100000', '{ code: large, min: 120000')
			)
		);
		expect(e.message).toMatch(
			/framework\.yaml at peer_bands\.population: band 'small' must end where 'large' starts/
		);
	});

	it('accepts the unbroken fixture', () => {
		expect(loadQuestionnaireDir('tests/fixtures/mini').framework.id).toBe('mini');
	});
});
