import { eq } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerValue } from '../../domain/answers';
import { isScored, type Questionnaire, type ScoredQuestion } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import { config } from '../config';
import type { Db } from '../db/client';
import { municipalities, users } from '../db/schema';
import { loadQuestionnaireDir } from '../questionnaire-loader';
import { saveAnswer } from '../services/answers';
import { bulkDecide } from '../services/curation';
import { listRecommendations } from '../services/recommendations';
import { publishRound, setVisibility, startReview } from '../services/review';
import { assignArea, openRound, submitRound } from '../services/rounds';
import { answerDemoFacts, seedDemoStrategy } from './seed-strategy';

/** Deterministic, so every fresh demo looks the same. */
function generator(seed: number) {
	let state = seed;
	return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** An invented answer whose level is around `level` (0 = weakest, 1 = best). */
function answerAt(q: ScoredQuestion, level: number, random: () => number): AnswerValue {
	const jitter = Math.min(1, Math.max(0, level + (random() - 0.5) * 0.6));
	if (q.type === 'yes_partly_no')
		return { kind: 'option', option: jitter > 0.66 ? 'yes' : jitter > 0.33 ? 'partly' : 'no' };
	const options = q.options.filter((o) => !o.exclusive).sort((a, b) => a.points - b.points);
	if (q.type === 'single_choice')
		return {
			kind: 'option',
			option: options[Math.min(options.length - 1, Math.floor(jitter * options.length))]!.code
		};
	const count = Math.max(1, Math.round(jitter * options.length));
	return { kind: 'options', options: options.slice(0, count).map((o) => o.code) };
}

function user(db: Db, email: string): SessionUser {
	const u = db.select().from(users).where(eq(users.email, email)).get()!;
	return { id: u.id, email: u.email, name: u.name, isAdmin: u.isAdmin, locale: u.locale };
}

function answerRound(
	db: Db,
	qs: Map<string, Questionnaire>,
	q: Questionnaire,
	by: SessionUser,
	roundId: string,
	level: number,
	share: number,
	seed: number
) {
	const random = generator(seed);
	for (const area of q.areas) {
		for (const question of area.questions.filter(isScored)) {
			if (random() > share) continue;
			saveAnswer(db, qs, by, roundId, question.code, {
				value: answerAt(question, level, random),
				justification: 'Demo answer (invented).',
				evidence: [],
				baseVersion: 0
			});
		}
	}
}

/**
 * Demo rounds through the same services people use, so the demo shows every stage: Koivuranta's 2025 round
 * published by name with an earlier baseline, its 2026 round half answered, and Järvenlinna's 2025 round
 * published anonymously. All answers are invented and the municipalities are labelled demo.
 */
export function seedDemoRounds(db: Db, root = config().QUESTIONNAIRES_DIR): void {
	const dir = join(root, 'gri-2026');
	if (!existsSync(join(dir, 'framework.yaml'))) return;
	const q = loadQuestionnaireDir(dir);
	const qs = new Map([[q.framework.id, q]]);
	const id = (name: string) =>
		db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.name, name)).get()!.id;
	const coordinator = user(db, 'coordinator@demo.example');
	const member = user(db, 'member@demo.example');
	const member2 = user(db, 'member2@demo.example');
	const expert = user(db, 'expert@demo.example');
	const other = user(db, 'other@demo.example');

	const published = (
		by: SessionUser,
		answerer: SessionUser,
		municipality: string,
		level: number,
		seed: number,
		visibility: 'named' | 'anonymous'
	) => {
		const round = openRound(db, qs, by, {
			municipalityId: id(municipality),
			questionnaireId: q.framework.id,
			year: 2025
		});
		answerRound(db, qs, q, answerer, round.id, level, 1, seed);
		if (municipality === 'Koivuranta (demo)') answerDemoFacts(db, qs, answerer, round.id);
		submitRound(db, qs, by, round.id);
		startReview(db, qs, expert, round.id);
		// The expert's four highest-priority recommendations are the key ones the report puts first.
		const keys = listRecommendations(db, round.id).slice(0, 4);
		bulkDecide(db, qs, expert, round.id, { ids: keys.map((r) => r.id), action: 'key' });
		publishRound(db, qs, expert, round.id, 'accept');
		setVisibility(db, qs, by, round.id, visibility);
		return round.id;
	};
	const koivuranta = published(coordinator, member, 'Koivuranta (demo)', 0.45, 7, 'named');
	seedDemoStrategy(db, qs, coordinator, koivuranta);
	published(other, other, 'Järvenlinna (demo)', 0.6, 11, 'anonymous');

	const current = openRound(db, qs, coordinator, {
		municipalityId: id('Koivuranta (demo)'),
		questionnaireId: q.framework.id,
		year: 2026
	});
	answerRound(db, qs, q, member, current.id, 0.6, 0.5, 13);
	for (const area of ['welcoming', 'language', 'participation'])
		assignArea(db, qs, coordinator, current.id, area, [member2.id]);
}
