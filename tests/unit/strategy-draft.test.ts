import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { isScored } from '../../src/lib/domain/questionnaire/schema';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import {
	draftStrategy,
	mergeNewMeasures,
	type AcceptedRecommendation,
	type StrategyInput
} from '../../src/lib/domain/strategy/draft';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const questionnaire = loadQuestionnaireDir('questionnaires/gri-2026');
const answers = new Map<string, AnswerValue>();
for (const q of questionnaire.areas.flatMap((a) => a.questions.filter(isScored))) {
	answers.set(
		q.code,
		q.type === 'yes_partly_no'
			? { kind: 'option', option: 'partly' }
			: q.type === 'single_choice'
				? { kind: 'option', option: q.options[1]!.code }
				: { kind: 'options', options: [q.options[0]!.code] }
	);
}
const scores = scoreAnswers(questionnaire, answers);

const rec = (
	id: string,
	areaCode: string,
	status: AcceptedRecommendation['status'],
	dimensions: AcceptedRecommendation['dimensions'] = []
): AcceptedRecommendation => ({
	id,
	areaCode,
	questionCode: `${areaCode}-q`,
	dimensions,
	text: `Recommendation ${id}`,
	status
});

const input = (
	recommendations: AcceptedRecommendation[],
	language: StrategyInput['language'] = 'en'
): StrategyInput => ({
	language,
	questionnaire,
	municipality: 'Koivuranta (demo)',
	round: { year: 2026, population: 68_400, diversityShare: 9.8, diversityMeasure: 'foreign_language' },
	scores,
	comparison: {
		strongest: [{ code: 'education', score: 80 }],
		gaps: [{ code: 'media', gap: -12.5, mean: 60 }],
		change: 4.2
	},
	recommendations,
	labels: {
		population: 'Population',
		diversity: 'Foreign-language residents',
		overall: 'Overall index',
		completeness: 'Answered'
	}
});

const recs = [
	rec('r1', 'commitment', 'accepted', ['participation']),
	rec('r2', 'public-space', 'accepted', ['safety', 'interaction']),
	rec('r3', 'media', 'rejected', ['attitudes']),
	rec('r4', 'language', 'proposed', ['participation']),
	rec('r5', 'anti-discrimination', 'accepted', ['attitudes'])
];

describe('draftStrategy', () => {
	const outline = draftStrategy(input(recs));

	it('turns every accepted recommendation into exactly one measure and leaves out the others', () => {
		expect(outline.measures.map((m) => m.recommendationId).sort()).toEqual(['r1', 'r2', 'r5']);
	});

	it('files each measure under its recommendation’s first dimension, dimensions in framework order', () => {
		expect(outline.measures.map((m) => [m.recommendationId, m.dimension])).toEqual([
			['r5', 'attitudes'],
			['r2', 'safety'],
			['r1', 'participation']
		]);
	});

	it('sets indicator baselines to this round’s scores and targets by the template rule', () => {
		const overall = outline.indicators.find((i) => i.source === 'overall')!;
		expect(overall.baseline).toBe(scores.overall);
		for (const area of ['commitment', 'public-space', 'anti-discrimination']) {
			const indicator = outline.indicators.find((i) => i.source === area)!;
			expect(indicator.baseline).toBe(scores.areas[area]!.score);
			expect(indicator.target).toBe(Math.min(100, Math.round((scores.areas[area]!.score! + 15) * 10) / 10));
			expect(indicator.when).toBe('2029');
		}
		expect(outline.indicators.map((i) => i.source)).not.toContain('media');
	});

	it('frames the draft with the four dimensions and the situation picture', () => {
		expect(outline.objectives.map((o) => o.dimension)).toEqual([
			'attitudes',
			'safety',
			'interaction',
			'participation'
		]);
		expect(outline.vision.principles).toHaveLength(4);
		expect(outline.situation).toMatchObject({
			strongest: [{ area: 'Education', score: 80 }],
			gaps: [{ area: 'Media and communication', gap: -12.5 }],
			change: 4.2
		});
		expect(outline.situation.facts[0]).toEqual({ label: 'Population', value: '68,400' });
		expect(outline.measures[0]).toMatchObject({ start: '2027-01', end: '2028-12', owner: 'To be decided' });
	});

	it('writes the template texts in the chosen language', () => {
		const fi = draftStrategy(input(recs, 'fi'));
		expect(fi.title).toBe('Kotoutumisen ja hyvien väestösuhteiden ohjelma');
		expect(fi.measures[0]!.owner).toBe('Päätetään myöhemmin');
	});
});

describe('mergeNewMeasures', () => {
	it('adds only measures of newly accepted recommendations and keeps edits and removals', () => {
		const edited = draftStrategy(input(recs));
		edited.measures[0] = { ...edited.measures[0]!, owner: 'Culture and leisure services' };
		edited.measures = edited.measures.filter((m) => m.recommendationId !== 'r1');
		edited.removedRecommendationIds = ['r1'];
		const fresh = draftStrategy(input([...recs, rec('r6', 'welcoming', 'accepted', ['interaction'])]));
		const merged = mergeNewMeasures(edited, fresh);
		expect(merged.addedMeasures.map((m) => m.recommendationId)).toEqual(['r6']);
		expect(merged.addedIndicators.map((i) => i.source)).toEqual(['welcoming']);
		expect(merged.outline.measures.find((m) => m.recommendationId === 'r5')!.owner).toBe(
			'Culture and leisure services'
		);
		expect(merged.outline.measures.map((m) => m.recommendationId)).not.toContain('r1');
	});
});
