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
		expect(r.stdout).toMatch(/gri-2026-v1-1 v1\.1/);
		expect(r.stdout).toMatch(/OK: 2 questionnaire version\(s\) valid/);
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

	it('fails with a clear message on a show_if cycle, a forward reference and a missing translation', () => {
		const cycle = run('tests/fixtures/show-if-cycle');
		expect(cycle.status).toBe(1);
		expect(cycle.stderr).toMatch(/show_if conditions form a cycle: q1 → q2 → q1/);
		const forward = run('tests/fixtures/show-if-forward');
		expect(forward.status).toBe(1);
		expect(forward.stderr).toMatch(/questions\[1\]\.show_if: show_if refers to 'q6', which comes later/);
		const translation = run('tests/fixtures/missing-translation');
		expect(translation.status).toBe(1);
		expect(translation.stderr).toMatch(/questions\[2\]\.text\.sv \(line \d+\): is missing/);
	});
});
