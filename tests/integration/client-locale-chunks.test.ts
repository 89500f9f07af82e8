import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { catalogues } from '../../src/lib/i18n/translate';
import { ANSWERING, pageWeights } from '../../scripts/page-weight';

/**
 * The browser gets the catalogue of the page's language only: each catalogue is a chunk of its own that
 * nothing imports statically, so the entry and the root layout carry no catalogue text.
 *
 * The client is built here, from a copy of the sources in a temporary directory (about 15 s), so the
 * test checks the code as it is now and never reads or overwrites a build someone else made in the
 * working tree. CLIENT_BUILD_DIR=.svelte-kit/output/client checks an existing build instead.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = ['src', 'static', 'package.json', 'svelte.config.js', 'tsconfig.json', 'vite.config.ts'];

let workDir: string | undefined;
let clientDir: string;

function buildClient(): string {
	workDir = mkdtempSync(join(tmpdir(), 'gri-client-build-'));
	for (const entry of COPIED) {
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(workDir, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir');
	// A clean environment: vitest's own variables would make SvelteKit build for tests.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST')
	);
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: workDir,
		env: { ...env, NODE_ENV: 'production' },
		encoding: 'utf8',
		timeout: 240_000
	});
	if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
	return join(workDir, '.svelte-kit/output/client');
}

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);

/** A text as it can appear in a built chunk: a string literal, its non-ASCII letters as is or escaped. */
function literals(text: string): string[] {
	const escaped = text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return [...new Set([text, escaped])].flatMap((t) => [`"${t}"`, `'${t}'`, `\`${t}\``]);
}

/**
 * Texts that tell the catalogues apart: plain messages of at least 12 characters, different in all three
 * languages, with no quote, backslash or line break, and found in no other language's catalogue.
 */
function distinctiveTexts(): Record<Locale, string[]> {
	const all = Object.fromEntries(
		LOCALES.map((l) => [
			l,
			Object.values(catalogues[l]).flatMap((m) => (typeof m === 'string' ? [m] : [m.one, m.other]))
		])
	) as Record<Locale, string[]>;
	const result = { en: [], fi: [], sv: [] } as Record<Locale, string[]>;
	for (const key of Object.keys(catalogues.en) as Array<keyof typeof catalogues.en>) {
		const values = LOCALES.map((l) => catalogues[l][key]);
		if (!values.every((v): v is string => typeof v === 'string' && v.length >= 12 && !/['"`\\\n{]/.test(v)))
			continue;
		if (new Set(values).size !== LOCALES.length) continue;
		LOCALES.forEach((locale, i) => {
			const others = LOCALES.filter((l) => l !== locale).flatMap((l) => all[l]);
			if (!others.some((text) => text.includes(values[i]!))) result[locale].push(values[i]!);
		});
	}
	return result;
}

/** The chunks a module imports statically (import … from, export … from, bare import), not import(). */
function staticImports(file: string, code: string): string[] {
	return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) =>
		resolve(join(file, '..'), m[1]!)
	);
}

/**
 * The answering page is where people spend hours, often on municipal laptops and slow connections.
 * 60 KB until evidence files, draft evidence rows, locale numbers and history diffs came (63.7 KB);
 * then the live presence and updates, the reading view and signing in again without loss (66.3 KB);
 * then questions shown or hidden by the answers before them (68.6 KB).
 */
const ANSWERING_BUDGET_KB = 71;

describe('client chunks per language', () => {
	let chunks: Map<string, string>;
	let texts: Record<Locale, string[]>;
	const containing = (text: string) =>
		[...chunks].filter(([, code]) => literals(text).some((l) => code.includes(l)));

	beforeAll(() => {
		clientDir = process.env.CLIENT_BUILD_DIR ? resolve(ROOT, process.env.CLIENT_BUILD_DIR) : buildClient();
		const immutable = join(clientDir, '_app/immutable');
		expect(existsSync(immutable), `no client build in ${clientDir}`).toBe(true);
		chunks = new Map(
			filesUnder(immutable)
				.filter((f) => f.endsWith('.js'))
				.map((f) => [f, readFileSync(f, 'utf8')])
		);
		texts = distinctiveTexts();
	}, 300_000);

	afterAll(() => {
		if (workDir) rmSync(workDir, { recursive: true, force: true });
	});

	it('has enough distinctive texts to tell the languages apart', () => {
		for (const locale of LOCALES) expect(texts[locale].length).toBeGreaterThan(100);
		expect(texts.fi).toContain(catalogues.fi['nav.skip']);
		expect(texts.sv).toContain(catalogues.sv['nav.skip']);
		expect(texts.en).toContain(catalogues.en['nav.skip']);
	});

	/** The chunks that hold a language's catalogue: its base part and the rest (see messages/en.ts). */
	const catalogueChunks = (locale: Locale) => {
		const files = new Set(texts[locale].flatMap((text) => containing(text).map(([file]) => file)));
		expect(
			[...files].map((f) => relative(clientDir, f)),
			`chunks with ${locale} texts`
		).toHaveLength(2);
		return [...files];
	};

	for (const locale of LOCALES) {
		it(`puts all ${locale} texts in its two catalogue chunks, with no text of the other languages`, () => {
			const files = catalogueChunks(locale);
			const code = files.map((f) => chunks.get(f)!).join('\n');
			const missing = texts[locale].filter((text) => !literals(text).some((l) => code.includes(l)));
			expect(missing).toEqual([]);
			for (const other of LOCALES.filter((l) => l !== locale)) {
				const foreign = texts[other].filter((text) => literals(text).some((l) => code.includes(l)));
				expect(foreign, `${other} texts in the ${locale} chunks`).toEqual([]);
			}
		});
	}

	it('gives each language chunks of its own', () => {
		expect(new Set(LOCALES.flatMap(catalogueChunks)).size).toBe(2 * LOCALES.length);
	});

	it('loads the catalogue chunks only with import(), never statically', () => {
		const catalogueFiles = new Set(LOCALES.flatMap(catalogueChunks));
		const importers = [...chunks]
			.filter(([file, code]) => staticImports(file, code).some((target) => catalogueFiles.has(target)))
			.map(([file]) => relative(clientDir, file));
		expect(importers).toEqual([]);
	});

	it('keeps catalogue texts out of the entry and the root layout and everything they import', () => {
		const roots = [...chunks.keys()].filter((f) =>
			/[\\/](entry[\\/](app|start)|nodes[\\/][01])\.[^\\/]*\.js$/.test(f)
		);
		expect(roots.map((f) => relative(clientDir, f)).sort()).toHaveLength(4);
		const seen = new Set<string>();
		const queue = [...roots];
		while (queue.length > 0) {
			const file = queue.pop()!;
			if (seen.has(file) || !chunks.has(file)) continue;
			seen.add(file);
			queue.push(...staticImports(file, chunks.get(file)!));
		}
		const sample = LOCALES.flatMap((l) => texts[l]);
		const leaked = [...seen].flatMap((file) =>
			sample
				.filter((text) => literals(text).some((l) => chunks.get(file)!.includes(l)))
				.map((text) => `${relative(clientDir, file)}: ${text}`)
		);
		expect(seen.size).toBeGreaterThan(4);
		expect(leaked).toEqual([]);
	});

	it(`keeps the answering page's JavaScript under ${ANSWERING_BUDGET_KB} KB gzipped`, () => {
		const weights = pageWeights(resolve(clientDir, '../../..'));
		for (const { route, bytes } of weights) console.log(`${(bytes / 1024).toFixed(1)} KB gz  ${route}`);
		const answering = weights.find((w) => w.route === ANSWERING);
		expect(answering, 'the answering page in the build').toBeDefined();
		expect(answering!.bytes / 1024).toBeLessThan(ANSWERING_BUDGET_KB);
	});
});
