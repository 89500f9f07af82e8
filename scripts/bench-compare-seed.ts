/* The benchmark's data: one municipality to compare and `count` synthetic ones that published, half by name. */
import type { AnswerValue } from '../src/lib/domain/answers';
import { isScored, type Questionnaire } from '../src/lib/domain/questionnaire/schema';
import { scoreAnswers, type ScoreResult } from '../src/lib/domain/scoring';
import type { SessionUser } from '../src/lib/server/auth';
import type { Db } from '../src/lib/server/db/client';
import { assessmentRounds, memberships, municipalities, users } from '../src/lib/server/db/schema';
import { hashPassword } from '../src/lib/server/passwords';
import { scoreSummary } from '../src/lib/server/services/peer-sample';

export const BENCH_PASSWORD = 'bench-password-not-secret';

export async function seedBench(
	db: Db,
	questionnaire: Questionnaire,
	count: number
): Promise<{ user: SessionUser; roundId: string }> {
	let seed = 42;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const scored = questionnaire.areas.flatMap((a) => a.questions.filter(isScored));

	/** Scores of a random but plausible set of answers, computed by the real scoring engine. */
	function randomScores(): ScoreResult {
		const answers = new Map<string, AnswerValue>();
		for (const q of scored) {
			if (q.type === 'multi_select') {
				const options = q.options.filter((o) => !o.exclusive && random() < 0.5).map((o) => o.code);
				if (options.length) answers.set(q.code, { kind: 'options', options: options.slice(0, 4) });
			} else
				answers.set(q.code, {
					kind: 'option',
					option:
						q.type === 'yes_partly_no'
							? ['yes', 'partly', 'no'][Math.floor(random() * 3)]!
							: q.options[Math.floor(random() * q.options.length)]!.code
				});
		}
		return scoreAnswers(questionnaire, answers);
	}

	const id = questionnaire.framework.id;
	const version = questionnaire.framework.version;
	const scorePool = Array.from({ length: 200 }, randomScores);
	const frozen = scorePool.map((s) => JSON.stringify({ questionnaireId: id, version, scores: s }));
	const summaries = scorePool.map((s) => JSON.stringify(scoreSummary(s)));
	const passwordHash = await hashPassword(BENCH_PASSWORD);
	const user = { id: 'benchuser', email: 'bench@bench.example', name: 'Bench', isAdmin: false, locale: null };
	// Ids in page paths must pass the [id=id] matcher: lower-case base32 letters.
	const roundId = 'benchownround';
	const round = { questionnaireId: id, questionnaireVersion: version, status: 'published' as const };
	db.transaction((tx) => {
		tx.insert(users).values({ id: user.id, email: user.email, name: user.name, passwordHash }).run();
		const own = { population: 68_000, diversityShare: 9, diversityMeasure: 'foreign_language' as const };
		tx.insert(municipalities)
			.values({ id: 'own', name: 'Benchmark town', country: 'FI', ...own })
			.run();
		tx.insert(memberships).values({ userId: user.id, municipalityId: 'own', role: 'coordinator' }).run();
		tx.insert(assessmentRounds)
			.values({
				...round,
				...own,
				id: roundId,
				municipalityId: 'own',
				year: 2026,
				frozenScores: frozen[0]!,
				scoreSummary: summaries[0]!,
				publishedAt: new Date()
			})
			.run();
		for (let i = 0; i < count; i++) {
			const fields = {
				population: Math.round(5_000 + random() ** 3 * 900_000),
				diversityShare: Math.round(random() * 300) / 10,
				// Shares counted both ways, as in a real sample: the diversity group keeps like with like.
				diversityMeasure: i % 2 === 0 ? ('foreign_language' as const) : ('foreign_born' as const)
			};
			const country = random() < 0.7 ? 'FI' : 'SE';
			tx.insert(municipalities)
				.values({ id: `m${i}`, name: `Synthetic municipality ${i}`, country, isDemo: true, ...fields })
				.run();
			tx.insert(assessmentRounds)
				.values({
					...round,
					...fields,
					id: `r${i}`,
					municipalityId: `m${i}`,
					year: 2025,
					visibility: random() < 0.5 ? 'named' : 'anonymous',
					frozenScores: frozen[i % frozen.length]!,
					scoreSummary: summaries[i % summaries.length]!,
					publishedAt: new Date()
				})
				.run();
		}
	});
	return { user, roundId };
}
