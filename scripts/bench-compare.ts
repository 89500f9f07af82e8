/*
 * Benchmark, not a test: seeds 10,000 synthetic published municipalities in a temporary database, times
 * building the compare page's data and the strategy pages' summary, and measures the compare page's HTML
 * as the built server sends it (BENCH_HTML=0 skips the build). Exits non-zero only on wrong results.
 *
 *   npm run bench:compare                       # goals: whole sample < 50 ms, page < 300 KB
 *   BENCH_MUNICIPALITIES=2000 BENCH_HTML=0 npm run bench:compare
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { compare } from '../src/lib/domain/comparison/compare';
import { selectGroup } from '../src/lib/domain/comparison/groups';
import type { GroupKind } from '../src/lib/domain/comparison/types';
import { openDatabase } from '../src/lib/server/db/client';
import { loadQuestionnaireDir } from '../src/lib/server/questionnaire-loader';
import { comparePage } from '../src/lib/server/services/comparison';
import { peerSummary } from '../src/lib/server/services/comparison-summary';
import { peerSample } from '../src/lib/server/services/peer-sample';
import { servedPages } from './bench-compare-html';
import { BENCH_PASSWORD, seedBench } from './bench-compare-seed';

const COUNT = Number(process.env.BENCH_MUNICIPALITIES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const HTML = process.env.BENCH_HTML !== '0';
const questionnaire = loadQuestionnaireDir('questionnaires/gri-2026');
const questionnaires = new Map([[questionnaire.framework.id, questionnaire]]);
const dir = mkdtempSync(join(tmpdir(), 'gri-bench-db-'));
const databaseUrl = join(dir, 'bench.db');
const problems: string[] = [];

function timed<T>(runs: number, f: () => T): { median: number; p95: number; last: T } {
	const times: number[] = [];
	let last!: T;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		last = f();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { median: times[runs >> 1]!, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]!, last };
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

try {
	const db = openDatabase(databaseUrl, './drizzle');
	const t0 = performance.now();
	const { user, roundId } = await seedBench(db, questionnaire, COUNT);
	console.log(
		`Seeded ${COUNT.toLocaleString('en')} synthetic published municipalities in ${ms(performance.now() - t0)}`
	);

	const page = (kind: GroupKind, view = {}) =>
		comparePage(db, questionnaires, user, roundId, kind, new Set(), view);
	const cold = timed(1, () => page('all'));
	console.log(`first request after a publication (reads and caches the sample): ${ms(cold.median)}`);
	for (const kind of ['all', 'population', 'diversity', 'country'] as const) {
		const { median, p95, last } = timed(RUNS, () => page(kind));
		const goal = kind === 'all' ? `  (goal < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'})` : '';
		console.log(
			`compare page data, group "${kind}" (${last.groupSize.toLocaleString('en')} peers): median ${ms(median)}, p95 ${ms(p95)} over ${RUNS} runs${goal}`
		);
		// The same figures the slow way: objects, selectGroup and compare(), which sorts per summary.
		const own = {
			id: 'm:own',
			country: 'FI',
			population: 68_000,
			diversityShare: 9,
			diversityMeasure: 'foreign_language' as const,
			overall: last.own.overall,
			areas: last.own.areas
		};
		const peers = peerSample(db, questionnaire.framework.id, 'own');
		const naive = compare(
			own,
			selectGroup(own, peers, kind, questionnaire.framework.peer_bands),
			questionnaire.areas.map((a) => a.code)
		);
		if (JSON.stringify(naive) !== JSON.stringify(last.selected))
			problems.push(`group ${kind}: statistics differ from compare()`);
		const ownRow = last.ranking.find((r) => r.isOwn);
		if (!ownRow || ownRow.rank !== last.selected.overall.rank)
			problems.push(`group ${kind}: own row missing or ranked wrongly`);
	}
	const strategy = timed(RUNS, () => peerSummary(db, questionnaires, user, roundId));
	console.log(`strategy pages' summary: median ${ms(strategy.median)}, p95 ${ms(strategy.p95)}`);
	db.$client.close();

	if (HTML) {
		console.log('Building the app in a temporary directory and starting build/index.js …');
		// A build that fails (someone's unfinished edit) leaves the size unmeasured; it is not a wrong result.
		const pages = await servedPages({
			databaseUrl,
			email: user.email,
			password: BENCH_PASSWORD,
			paths: [
				`/rounds/${roundId}/compare`,
				`/rounds/${roundId}/compare?group=all&rankPage=200&q=municipality+1`
			]
		}).catch((e: unknown) => {
			console.log(`HTML size not measured: ${e instanceof Error ? e.message.slice(0, 2000) : String(e)}`);
			return [];
		});
		for (const p of pages) {
			const kb = Buffer.byteLength(p.html) / 1024;
			const elements = (p.html.match(/<[a-zA-Z]/g) ?? []).length;
			console.log(
				`served ${p.path}: HTTP ${p.status}, ${kb.toFixed(1)} KB HTML (${(gzipSync(p.html).length / 1024).toFixed(1)} KB gzipped), ${elements.toLocaleString('en')} elements, median ${ms(p.medianMs)} per request  (goal < 300 KB: ${kb < 300 ? 'met' : 'NOT met'})`
			);
			if (p.status !== 200 || !p.html.includes('aria-current="true"')) problems.push(`${p.path}: no own row`);
		}
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
for (const p of problems) console.error(`WRONG: ${p}`);
process.exit(problems.length ? 1 : 0);
