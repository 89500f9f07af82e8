import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as base } from '../../src/lib/i18n/messages/base/en';
import { en as more } from '../../src/lib/i18n/messages/more/en';

const SRC = resolve(__dirname, '../../src');

/** The answering page, its layouts (the round's stepper too) and error page, and every file of ours they import. */
function filesOf(entries: string[]): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !existsSync(file) || !statSync(file).isFile()) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
			const path = spec!.startsWith('$lib/')
				? join(SRC, 'lib', spec!.slice(5))
				: spec!.startsWith('.')
					? join(dirname(file), spec!)
					: null;
			if (!path) continue;
			for (const candidate of [path, `${path}.ts`, `${path}.svelte.ts`, join(path, 'index.ts')])
				visit(candidate);
		}
	};
	entries.forEach((e) => visit(join(SRC, e)));
	return [...seen].filter((f) => !f.includes('/i18n/'));
}

const ANSWERING = filesOf([
	'routes/rounds/[id=id]/areas/[area=code]/+page.svelte',
	'routes/rounds/[id=id]/+layout.svelte',
	'routes/+layout.svelte',
	'routes/+error.svelte'
]);

describe('the answering page catalogue', () => {
	it('follows the page into its components', () => {
		const names = ANSWERING.map((f) => f.split('/').pop());
		expect(names).toEqual(
			expect.arrayContaining(['QuestionCard.svelte', 'AnswerControls.svelte', 'RoundStepper.svelte'])
		);
	});

	it('has every text the answering page shows in the base part it loads', () => {
		const used = new Set<string>();
		const prefixes = new Set<string>();
		for (const file of ANSWERING) {
			const text = readFileSync(file, 'utf8');
			for (const [, key] of text.matchAll(/\bt\('([a-z_.]+)'/g)) used.add(key!);
			for (const [, prefix] of text.matchAll(/\bt\(`([a-z_.]+)\$\{/g)) prefixes.add(prefix!);
		}
		expect(used.size).toBeGreaterThan(20);
		expect([...used].filter((k) => !(k in base))).toEqual([]);
		for (const prefix of prefixes) {
			expect(
				Object.keys(base).some((k) => k.startsWith(prefix)),
				prefix
			).toBe(true);
			expect(
				Object.keys(more).filter((k) => k.startsWith(prefix)),
				prefix
			).toEqual([]);
		}
	});

	it('keeps every error message in the base part, since any page may show one', () => {
		expect(Object.keys(more).filter((k) => k.startsWith('error.'))).toEqual([]);
	});
});
