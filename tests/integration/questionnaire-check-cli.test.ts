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
		expect(r.stdout).toMatch(/OK: 1 questionnaire version/);
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
