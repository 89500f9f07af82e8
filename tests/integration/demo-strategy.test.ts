import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/domain/questionnaire/schema';
import { localizeOutline, translationStatus } from '../../src/lib/domain/strategy/translations';
import { assessmentRounds, municipalities, recommendations, users } from '../../src/lib/server/db/schema';
import { DEMO_FACTS } from '../../src/lib/server/demo/seed-strategy';
import { seedDemoIfEmpty } from '../../src/lib/server/demo/seed';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { currentStrategyOutline } from '../../src/lib/server/services/strategy';
import { freshDb } from '../helpers/db';

const q = loadQuestionnaireDir('questionnaires/gri-2026');
const qs = new Map([[q.framework.id, q]]);

describe('the demo programme of Koivuranta 2025', async () => {
	const db = freshDb();
	await seedDemoIfEmpty(db);
	const round = db
		.select({ id: assessmentRounds.id })
		.from(assessmentRounds)
		.innerJoin(municipalities, eq(assessmentRounds.municipalityId, municipalities.id))
		.where(and(eq(municipalities.name, 'Koivuranta (demo)'), eq(assessmentRounds.year, 2025)))
		.get()!;
	const u = db.select().from(users).where(eq(users.email, 'coordinator@demo.example')).get()!;
	const coordinator = { id: u.id, email: u.email, name: u.name, isAdmin: u.isAdmin, locale: u.locale };
	const { outline, version } = currentStrategyOutline(db, qs, coordinator, round.id);

	it('is drafted in Finnish with 15-30 measures, one per chosen recommendation, each with an owner', () => {
		const accepted = db
			.select()
			.from(recommendations)
			.where(and(eq(recommendations.roundId, round.id), eq(recommendations.status, 'accepted')))
			.all();
		expect(version).toBe(2);
		expect(outline.language).toBe('fi');
		expect(outline.title).toBe('Kotoutumisen edistämisen ohjelma');
		// One measure per accepted recommendation, the plan-drafting ones excluded.
		const excluded = new Set(q.strategy!.excluded_questions);
		const draftable = accepted.filter((r) => !excluded.has(r.questionCode ?? ''));
		expect(outline.measures.flatMap((m) => m.recommendationIds).sort()).toEqual(
			draftable.map((r) => r.id).sort()
		);
		expect(outline.measures.length).toBeGreaterThanOrEqual(15);
		expect(outline.measures.length).toBeLessThanOrEqual(30);
		expect(new Set(outline.measures.map((m) => m.title)).size).toBe(outline.measures.length);
		for (const m of outline.measures) {
			expect(m.title).toMatch(/^Kunta /);
			expect(m.owner).not.toBe('');
			expect(m.owner).not.toBe('Päätetään myöhemmin');
		}
		const key = outline.measures.filter((m) => m.key);
		expect(key.length).toBeGreaterThan(0);
		expect(outline.measures.slice(0, key.length).every((m) => m.key && m.phase === 'year1')).toBe(true);
	});

	it('has the four dimension indicators and at least five outcome indicators with the demo facts', () => {
		expect(outline.indicators.filter((i) => i.kind === 'dimension')).toHaveLength(4);
		const outcome = outline.indicators.filter((i) => i.kind === 'fact');
		expect(outcome.length).toBeGreaterThanOrEqual(5);
		for (const i of outcome) expect(i.baseline).toBe(DEMO_FACTS[i.ref]);
		expect(outline.situation.facts.find((f) => f.code === 'wel-arrivals')?.number).toBe(640);
	});

	it('is complete in Swedish and English, including the coordinator’s situation texts', () => {
		for (const lang of LANGUAGES.filter((l) => l !== 'fi'))
			expect(translationStatus(outline, lang).filter((r) => r.state !== 'done')).toEqual([]);
		const sv = localizeOutline(outline, 'sv');
		expect(sv.title).toBe('Program för främjande av integration');
		expect(sv.situation.topics.find((t) => t.id === 'consulted')!.text).toContain('välfärdsområdet');
		for (const m of sv.measures) expect(m.title).toMatch(/^Kommunen /);
	});
});
