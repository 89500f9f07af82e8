/* Prints the gzipped client JavaScript each page downloads (entry, root and nested layouts, the page, their static
   imports, and the page language's catalogue): npx tsx scripts/page-weight.ts [buildRoot] */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Route files of each generated client node, e.g. nodes/12.js → src/routes/rounds/[id=id]/+page.svelte. */
function nodeRoutes(root: string): Record<string, string> {
	const dir = join(root, '.svelte-kit/generated/client-optimized/nodes');
	return Object.fromEntries(
		readdirSync(dir).map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const route = /src\/routes\/(.*?)\+(page|layout|error)\.svelte/.exec(text);
			return [f, route ? `${route[1]}+${route[2]}` : f];
		})
	);
}

/** gzipped bytes of the JS files one page loads: the given manifest entries and everything they import. */
/** The answering page loads only the base texts. */
export const ANSWERING = 'rounds/[id=id]/areas/[area=code]/+page';

type Manifest = Record<string, { file: string; imports?: string[] }>;

export function pageWeights(root: string): { route: string; bytes: number }[] {
	const client = join(root, '.svelte-kit/output/client');
	const manifest: Manifest = JSON.parse(readFileSync(join(client, '.vite/manifest.json'), 'utf8'));
	const gz = new Map<string, number>();
	const sizeOf = (file: string): number => {
		if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(client, file)), { level: 9 }).length);
		return gz.get(file)!;
	};
	const closure = (keys: string[]) => {
		const seen = new Set<string>();
		const visit = (key: string) => {
			if (seen.has(key)) return;
			seen.add(key);
			for (const dep of manifest[key]!.imports ?? []) visit(dep);
		};
		keys.forEach(visit);
		return [...seen].map((k) => manifest[k]!.file);
	};
	const key = (suffix: string) => Object.keys(manifest).find((k) => k.endsWith(suffix))!;
	const shared = [key('client/entry.js'), key('client-optimized/app.js'), key('nodes/0.js')];
	// The largest language's part(s) of the catalogue, as the page loads them (see src/routes/+layout.ts).
	const catalogue = (part: 'base' | 'more') =>
		Math.max(
			...Object.entries(manifest)
				.filter(([k]) => new RegExp(`i18n/messages/${part}/(en|fi|sv)\\.ts$`).test(k))
				.map(([, v]) => sizeOf(v.file))
		);
	const routes = nodeRoutes(root);
	return Object.entries(routes)
		.filter(([, route]) => route.endsWith('+page'))
		.map(([file, route]) => {
			// The page's own node and the nested layouts above it (e.g. rounds/[id=id]/+layout: the stepper).
			const dir = route.slice(0, -'+page'.length);
			const layouts = Object.entries(routes)
				.filter(
					([, r]) => r.endsWith('+layout') && r !== '+layout' && dir.startsWith(r.slice(0, -'+layout'.length))
				)
				.map(([f]) => key(`nodes/${f}`));
			const files = closure([...shared, ...layouts, key(`nodes/${file}`)]);
			const texts = catalogue('base') + (route === ANSWERING ? 0 : catalogue('more'));
			return { route, bytes: files.reduce((sum, f) => sum + sizeOf(f), 0) + texts };
		})
		.sort((a, b) => b.bytes - a.bytes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const { route, bytes } of pageWeights(process.argv[2] ?? '.'))
		console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB gz  ${route}`);
}
