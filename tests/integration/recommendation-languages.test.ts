import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { municipalities, recommendations } from '../../src/lib/server/db/schema';
import { migrateLegacyRecommendationTexts } from '../../src/lib/server/services/recommendation-legacy';
import { updateRecommendation } from '../../src/lib/server/services/recommendations';
import { recommendationsPage } from '../../src/lib/server/services/recommendations-page';
import { roundReport } from '../../src/lib/server/services/report';
import { publishRound } from '../../src/lib/server/services/review';
import { municipalitySchema } from '../../src/lib/domain/validation/municipality-form';
import { updateMunicipality } from '../../src/lib/server/services/municipalities';
import { addUser } from '../helpers/db';
import { recsByQuestion, reviewSetup } from './review-fixtures';
import { questionnaires } from './round-fixtures';

/** The mini library's text for q1 answered "some" (tests/fixtures/recommendations/a.yaml). */
const Q1 = { en: 'Do q1', fi: 'Tee k1', sv: 'Gör f1' };

function bilingualSetup() {
	const setup = reviewSetup('in_review');
	setup.db
		.update(municipalities)
		.set({ languages: '["fi","sv"]' })
		.where(eq(municipalities.id, setup.town.id))
		.run();
	return setup;
}

describe('recommendations in the reader’s language', () => {
	it('accepting in the English interface stores no text, so a Swedish reader gets the Swedish template', () => {
		const { db, expert, leader, round } = bilingualSetup();
		const q1 = recsByQuestion(db, round.id).q1!;
		// The English card of a bilingual municipality shows fi, sv and en fields filled with the template.
		const page = recommendationsPage(db, questionnaires, expert, round.id, 'en');
		expect(page.editLanguages).toEqual(['fi', 'sv', 'en']);
		expect(page.recommendations.find((r) => r.id === q1.id)).toMatchObject({ text: Q1.en, template: Q1 });
		updateRecommendation(db, questionnaires, expert, round.id, q1.id, {
			status: 'accepted',
			texts: { fi: Q1.fi, sv: Q1.sv, en: Q1.en }
		});
		expect(recsByQuestion(db, round.id).q1).toMatchObject({ status: 'accepted', texts: '{}', text: null });

		publishRound(db, questionnaires, expert, round.id, 'accept');
		const report = roundReport(db, questionnaires, leader, round.id, 'sv');
		expect(report.recommendations.find((r) => r.id === q1.id)).toMatchObject({
			text: 'Gör f1',
			language: 'sv',
			fallback: false
		});
	});

	it('text edited only in Finnish reaches the Swedish reader marked as only in Finnish', () => {
		const { db, expert, leader, round } = bilingualSetup();
		const q1 = recsByQuestion(db, round.id).q1!;
		updateRecommendation(db, questionnaires, expert, round.id, q1.id, {
			status: 'accepted',
			texts: { fi: 'Kunnan kannattaa aloittaa kokeilu.', sv: Q1.sv }
		});
		publishRound(db, questionnaires, expert, round.id, 'accept');
		const read = (reader: 'fi' | 'sv' | 'en') =>
			roundReport(db, questionnaires, leader, round.id, reader).recommendations.find((r) => r.id === q1.id);
		expect(read('sv')).toMatchObject({
			text: 'Kunnan kannattaa aloittaa kokeilu.',
			language: 'fi',
			fallback: true
		});
		expect(read('fi')).toMatchObject({ language: 'fi', fallback: false });
	});

	it('refuses to empty every text of a recommendation the expert wrote, which has no template', () => {
		const { db, expert, round } = bilingualSetup();
		const q1 = recsByQuestion(db, round.id).q1!;
		db.update(recommendations)
			.set({ questionCode: null, level: null, questionCodes: '[]', texts: '{"fi":"Oma"}' })
			.where(eq(recommendations.id, q1.id))
			.run();
		expect(() =>
			updateRecommendation(db, questionnaires, expert, round.id, q1.id, { texts: { fi: '  ' } })
		).toThrow('error.required');
	});
});

describe('the municipality’s languages', () => {
	it('are set by the admin and decide which language fields the expert gets', () => {
		const { db, town, expert, round } = reviewSetup('in_review');
		expect(recommendationsPage(db, questionnaires, expert, round.id, 'sv').editLanguages).toEqual([
			'fi',
			'sv'
		]);
		const admin = addUser(db, { name: 'Ada Admin', isAdmin: true });
		const form = {
			name: town.name,
			country: 'FI',
			population: '50000',
			diversityShare: '10',
			diversityMeasure: 'foreign_language',
			languages: 'sv,fi'
		};
		updateMunicipality(db, admin, town.id, municipalitySchema.parse(form));
		expect(recommendationsPage(db, questionnaires, expert, round.id, 'en').editLanguages).toEqual([
			'sv',
			'fi',
			'en'
		]);
		// A form without the field leaves the languages as they are.
		const { languages: _omitted, ...rest } = form;
		updateMunicipality(db, admin, town.id, municipalitySchema.parse(rest));
		expect(db.select().from(municipalities).where(eq(municipalities.id, town.id)).get()!.languages).toBe(
			'["sv","fi"]'
		);
	});
});

describe('moving old single-language texts at start-up', () => {
	it('turns a copied template back into a reference and keeps the expert’s own wording under the municipality’s language', () => {
		const { db, round } = bilingualSetup();
		const { q1, q3 } = recsByQuestion(db, round.id);
		const legacy = (id: string, text: string) =>
			db.update(recommendations).set({ text }).where(eq(recommendations.id, id)).run();
		legacy(q1!.id, Q1.en); // the English template, copied by saving the card
		legacy(q3!.id, 'Hand-written advice');
		expect(migrateLegacyRecommendationTexts(db, questionnaires)).toBe(2);
		const after = recsByQuestion(db, round.id);
		expect([after.q1!.text, after.q1!.texts]).toEqual([null, '{}']);
		expect([after.q3!.text, after.q3!.texts]).toEqual([null, '{"fi":"Hand-written advice"}']);
		expect(migrateLegacyRecommendationTexts(db, questionnaires)).toBe(0);
	});
});
