import { and, desc, eq } from 'drizzle-orm';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { setTranslations } from '../../domain/strategy/translations';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { recommendations } from '../db/schema';
import { saveAnswer } from '../services/answers';
import { currentStrategyOutline, generateStrategy, saveStrategyVersion } from '../services/strategy';

/** Invented context facts of the demo municipality (numeric_fact answers), labelled demo like every answer. */
export const DEMO_FACTS: Record<string, number> = {
	'spc-feel-safe-share': 68,
	'adi-experienced-discrimination': 14,
	'bus-employment-rate': 57.5,
	'ldr-foreign-turnout': 21,
	'wel-arrivals': 640,
	'cmp-trained-staff': 85,
	'ixn-regular-activities': 12,
	'lng-foreign-language-share': 9.8,
	'edu-foreign-language-pupils': 11.2,
	'mda-languages': 6
};

/** Before the round is submitted: the context facts the working group gives alongside the scored answers. */
export function answerDemoFacts(
	db: Db,
	qs: Map<string, Questionnaire>,
	by: SessionUser,
	roundId: string
): void {
	for (const [code, value] of Object.entries(DEMO_FACTS))
		saveAnswer(db, qs, by, roundId, code, {
			value: { kind: 'number', value },
			justification: 'Demo figure (invented).',
			evidence: [],
			baseVersion: 0
		});
}

/**
 * Koivuranta's 2025 programme for promoting integration, drafted through the drafting service in Finnish
 * with Swedish and English translations, then one edit as a coordinator would make it: the situation
 * picture's reasons for moving and who was consulted, in all three languages.
 */
export function seedDemoStrategy(
	db: Db,
	qs: Map<string, Questionnaire>,
	coordinator: SessionUser,
	roundId: string
): void {
	// The expert's key recommendations: the four of highest priority. Choosing them is the expert's task
	// on the review page; the demo marks them directly.
	const top = db
		.select({ id: recommendations.id })
		.from(recommendations)
		.where(and(eq(recommendations.roundId, roundId), eq(recommendations.status, 'accepted')))
		.orderBy(desc(recommendations.priorityScore))
		.limit(4)
		.all();
	for (const r of top)
		db.update(recommendations).set({ isKey: true }).where(eq(recommendations.id, r.id)).run();

	generateStrategy(db, qs, coordinator, roundId, 'fi');
	const { outline, version } = currentStrategyOutline(db, qs, coordinator, roundId);
	const topics = outline.situation.topics.map((topic) =>
		topic.id === 'moving'
			? {
					...topic,
					text: 'Demo: Suurin osa uusista asukkaista on muuttanut työn tai perheen vuoksi; noin viidennes on saanut kansainvälistä suojelua.'
				}
			: topic.id === 'consulted'
				? {
						...topic,
						text: 'Demo: Valmisteluun osallistuivat monikulttuurinen neuvottelukunta, kolme maahanmuuttajayhdistystä, hyvinvointialue ja työllisyysalue.'
					}
				: topic
	);
	let edited = { ...outline, situation: { ...outline.situation, topics } };
	edited = setTranslations(edited, 'sv', {
		'topic.moving':
			'Demo: De flesta nya invånarna har flyttat hit för arbete eller familj; ungefär en femtedel har fått internationellt skydd.',
		'topic.consulted':
			'Demo: I beredningen deltog den mångkulturella delegationen, tre invandrarföreningar, välfärdsområdet och sysselsättningsområdet.'
	});
	edited = setTranslations(edited, 'en', {
		'topic.moving':
			'Demo: Most new residents moved here for work or family; about a fifth have received international protection.',
		'topic.consulted':
			'Demo: The multicultural advisory board, three migrant associations, the wellbeing services county and the employment area took part.'
	});
	saveStrategyVersion(db, qs, coordinator, roundId, edited, version, 'save');
}
