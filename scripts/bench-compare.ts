/* Benchmark, not a test: seeds 10,000 synthetic published municipalities and times one compare page's data. */
import { performance } from 'node:perf_hooks';
import { isScored } from '../src/lib/domain/questionnaire/schema';
import { scoreAnswers, type ScoreResult } from '../src/lib/domain/scoring';
import type { AnswerValue } from '../src/lib/domain/answers';
import { openDatabase } from '../src/lib/server/db/client';
import { assessmentRounds, memberships, municipalities, users } from '../src/lib/server/db/schema';
import { loadQuestionnaireDir } from '../src/lib/server/questionnaire-loader';
import { comparePage } from '../src/lib/server/services/comparison';
import { scoreSummary } from '../src/lib/server/services/peer-sample';

const COUNT = Number(process.env.BENCH_MUNICIPALITIES ?? 10_000);
const RUNS = 7;
const questionnaire = loadQuestionnaireDir('questionnaires/gri-2026');
const questionnaires = new Map([[questionnaire.framework.id, questionnaire]]);
const db = openDatabase(':memory:', './drizzle');

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const scored = questionnaire.areas.flatMap((a) => a.questions.filter(isScored));

/** Scores of a random but plausible set of answers, computed by the real scoring engine. */
function randomScores(): ScoreResult {
	const answers = new Map<string, AnswerValue>();
	for (const q of scored) {
		if (q.type === 'multi_select')
			answers.set(q.code, {
				kind: 'options',
				options:
					q.options
						.filter((o) => !o.exclusive && random() < 0.5)
						.map((o) => o.code)
						.slice(0, 4) || []
			});
		else
			answers.set(q.code, {
				kind: 'option',
				option:
					q.type === 'yes_partly_no'
						? ['yes', 'partly', 'no'][Math.floor(random() * 3)]!
						: q.options[Math.floor(random() * q.options.length)]!.code
			});
	}
	for (const [k, v] of answers) if (v.kind === 'options' && v.options.length === 0) answers.delete(k);
	return scoreAnswers(questionnaire, answers);
}

const t0 = performance.now();
const scorePool = Array.from({ length: 200 }, randomScores);
const pool = scorePool.map((s) => JSON.stringify({ questionnaireId: 'gri-2026', version: '1.0', scores: s }));
const summaries = scorePool.map((s) => JSON.stringify(scoreSummary(s)));
db.transaction((tx) => {
	tx.insert(users)
		.values({ id: 'bench-user', email: 'bench@example.invalid', name: 'Bench', passwordHash: 'x' })
		.run();
	tx.insert(municipalities)
		.values({
			id: 'own',
			name: 'Benchmark town',
			country: 'FI',
			population: 68_000,
			diversityShare: 9,
			diversityMeasure: 'foreign_language'
		})
		.run();
	tx.insert(memberships).values({ userId: 'bench-user', municipalityId: 'own', role: 'coordinator' }).run();
	tx.insert(assessmentRounds)
		.values({
			id: 'own-round',
			municipalityId: 'own',
			questionnaireId: 'gri-2026',
			questionnaireVersion: '1.0',
			year: 2026,
			status: 'published',
			population: 68_000,
			diversityShare: 9,
			diversityMeasure: 'foreign_language',
			frozenScores: pool[0]!,
			scoreSummary: summaries[0]!,
			publishedAt: new Date()
		})
		.run();
	for (let i = 0; i < COUNT; i++) {
		const id = `m${i}`;
		const population = Math.round(5_000 + random() ** 3 * 900_000);
		const share = Math.round(random() * 300) / 10;
		tx.insert(municipalities)
			.values({
				id,
				name: `Synthetic municipality ${i}`,
				country: random() < 0.7 ? 'FI' : 'SE',
				population,
				diversityShare: share,
				diversityMeasure: 'foreign_born',
				isDemo: true
			})
			.run();
		tx.insert(assessmentRounds)
			.values({
				id: `r${i}`,
				municipalityId: id,
				questionnaireId: 'gri-2026',
				questionnaireVersion: '1.0',
				year: 2025,
				status: 'published',
				population,
				diversityShare: share,
				diversityMeasure: 'foreign_born',
				visibility: random() < 0.5 ? 'named' : 'anonymous',
				frozenScores: pool[i % pool.length]!,
				scoreSummary: summaries[i % pool.length]!,
				publishedAt: new Date()
			})
			.run();
	}
});
console.log(
	`Seeded ${COUNT.toLocaleString('en')} synthetic published municipalities in ${((performance.now() - t0) / 1000).toFixed(1)} s`
);

const user = {
	id: 'bench-user',
	email: 'bench@example.invalid',
	name: 'Bench',
	isAdmin: false,
	locale: null
};
for (const group of ['all', 'population', 'diversity'] as const) {
	const times: number[] = [];
	let size = 0;
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		const data = comparePage(db, questionnaires, user, 'own-round', group, new Set());
		times.push(performance.now() - start);
		size = data.groupSize;
	}
	times.sort((a, b) => a - b);
	console.log(
		`compare page data, group "${group}" (${size.toLocaleString('en')} peers): median ${times[RUNS >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms over ${RUNS} runs`
	);
}
db.$client.close();
