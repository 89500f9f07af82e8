import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/questionnaire-check.ts', ...args], {
		encoding: 'utf8'
	});

describe('npm run questionnaire:check', () => {
	it('passes on the shipped questionnaire and prints its coverage', () => {
		const r = run();
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/gri-2026 v1\.0/);
		expect(r.stdout).toMatch(/areas: 18 \(16 core, 2 optional, 1 composite\)/);
		expect(r.stdout).toMatch(/languages: en, fi, sv/);
		expect(r.stdout).toMatch(/dimensions: attitudes \d+, safety \d+, interaction \d+, participation \d+/);
		expect(r.stdout).toMatch(/recommendations: \d+ templates, \d+ groups, \d+ good practices; every level/);
		expect(r.stdout).toMatch(/OK: 1 questionnaire version/);
	});

	/** A copy of the whole questionnaires folder with one recommendation file changed. */
	const brokenLibrary = (file: string, change: (text: string) => string) => {
		const root = mkdtempSync(join(tmpdir(), 'gri-lib-'));
		cpSync('questionnaires', root, { recursive: true });
		const path = join(root, file);
		writeFileSync(path, change(readFileSync(path, 'utf8')));
		return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/questionnaire-check.ts'], {
			encoding: 'utf8',
			env: { ...process.env, QUESTIONNAIRES_DIR: root }
		});
	};

	it('fails when a level of a recommendation template lacks a translation', () => {
		const r = brokenLibrary('recommendations/commitment.yaml', (t) => t.replace(/(\n {10}sv: [^\n]*)/, ''));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(
			/recommendations\/commitment\.yaml at recommendations\[0\]\.levels\[0\]\.text\.sv \(line \d+\): is missing/
		);
	});

	it('fails when a level below the threshold has no text', () => {
		const r = brokenLibrary('recommendations/commitment.yaml', (t) =>
			t.replace('when: [in-preparation]', 'when: [adopted]')
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(
			/commitment\.yaml at com-integration-plan: has no text for level\(s\) in-preparation/
		);
	});

	it('fails when a template refers to a good practice that does not exist', () => {
		const r = brokenLibrary('recommendations/commitment.yaml', (t) =>
			t.replace(/practices: \[/, 'practices: [no-such-practice, ')
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/refers to unknown good practice 'no-such-practice'/);
	});

	it('fails on a broken copy with the file, the path and the reason', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gri-check-'));
		cpSync('questionnaires/gri-2026', dir, { recursive: true });
		const file = join(dir, 'areas', 'education.yaml');
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.replace(/(\n {4}type: )single_choice/, '$1multiple_choice'));
		const r = run(dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(
			/areas\/education\.yaml at questions\[\d+\]\.type \(line \d+\): type must be one of/
		);
	});
});
