import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/lib/domain/answers';
import { DIMENSIONS, isScored, LANGUAGES } from '../../src/lib/domain/questionnaire/schema';
import { scoreAnswers } from '../../src/lib/domain/scoring';
import {
	draftStrategy,
	mergeNewMeasures,
	type DraftLabels,
	type DraftRecommendation,
	type StrategyInput
} from '../../src/lib/domain/strategy/draft';
import { localizeOutline, translationStatus } from '../../src/lib/domain/strategy/translations';
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

/** Every scored question's recommendation, accepted, as an expert's review of a weak round would leave them. */
const allRecommendations: DraftRecommendation[] = questionnaire.areas.flatMap((a) =>
	a.questions.filter(isScored).map((q) => ({
		id: `r-${q.code}`,
		areaCode: a.code,
		questionCode: q.code,
		dimensions: q.dimensions,
		status: 'accepted' as const,
		key: false
	}))
);

const labels = (tag: string): DraftLabels => ({
	population: `Population ${tag}`,
	diversity: `Diversity ${tag}`,
	overall: `Overall ${tag}`,
	completeness: `Answered ${tag}`,
	scoreUnit: '/ 100',
	dimensionIndicator: {
		attitudes: `Attitudes ${tag}`,
		safety: `Safety ${tag}`,
		interaction: `Interaction ${tag}`,
		participation: `Participation ${tag}`
	}
});

const input = (
	recommendations: DraftRecommendation[],
	language: StrategyInput['language'] = 'en',
	chosen: ReadonlySet<string> | null = null,
	combineByArea = false
): StrategyInput => ({
	language,
	combineByArea,
	questionnaire,
	municipality: 'Koivuranta (demo)',
	round: { year: 2025, population: 68_400, diversityShare: 9.8 },
	scores,
	facts: { 'spc-feel-safe-share': 71.5, 'bus-employment-rate': 58, 'wel-arrivals': 1240 },
	comparison: {
		strongest: [{ code: 'education', score: 80 }],
		gaps: [{ code: 'media', gap: -12.5, mean: 60 }],
		change: 4.2
	},
	recommendations,
	chosen,
	labels: { en: labels('en'), fi: labels('fi'), sv: labels('sv') }
});

describe('draftStrategy: measures', () => {
	const outline = draftStrategy(input(allRecommendations));

	it('makes one measure per chosen recommendation, titled from its own template in the municipality’s voice', () => {
		const draftable = allRecommendations.filter(
			(r) => !questionnaire.strategy!.excluded_questions.includes(r.questionCode!)
		);
		expect(outline.measures).toHaveLength(draftable.length);
		const coordinator = outline.measures.find((m) => m.recommendationIds[0] === 'r-com-coordinator')!;
		expect(coordinator).toMatchObject({
			id: 'm-q-com-coordinator',
			title: questionnaire.library!.templates['com-coordinator']!.measure!.title.en,
			questionCodes: ['com-coordinator'],
			recommendationIds: ['r-com-coordinator']
		});
		const fi = localizeOutline(outline, 'fi').measures.find((m) => m.id === coordinator.id)!;
		expect(fi.title).toBe(
			'Kunta nimeää kotoutumisen koordinaattorin, jolla on valtuudet ja työaikaa, sekä toimialat ylittävän työryhmän'
		);
		// Distinct commitments, not one area sentence repeated.
		expect(new Set(outline.measures.map((m) => m.title)).size).toBe(outline.measures.length);
	});

	it('combines the chosen recommendations of each area into one measure when the coordinator asks', () => {
		const combined = draftStrategy(input(allRecommendations, 'en', null, true));
		expect(combined.measures.length).toBeGreaterThanOrEqual(15);
		expect(combined.measures.length).toBeLessThanOrEqual(30);
		const areas = combined.measures.map((m) => m.areaCode);
		expect(new Set(areas).size).toBe(areas.length);
		const education = combined.measures.find((m) => m.areaCode === 'education')!;
		expect(education.recommendationIds.length).toBeGreaterThan(1);
		expect(education.title).toBe(questionnaire.strategy!.area_measures['education']!.title.en);
		expect(education.id).toBe('m-education');
	});

	it('opens a measure from a "don\u2019t know" answer with finding out the situation first, in every language', () => {
		const recs = allRecommendations.map((r) =>
			r.questionCode === 'com-coordinator' ? { ...r, level: 'dont_know' } : r
		);
		const drafted = draftStrategy(input(recs, 'fi'));
		const unknown = drafted.measures.find((m) => m.id === 'm-q-com-coordinator')!;
		const known = drafted.measures.find((m) => m.id === 'm-q-com-monitoring')!;
		expect(unknown.description).toMatch(/^Työryhmä ei osannut vastata/);
		expect(known.description).not.toMatch(/Työryhmä ei osannut vastata/);
		expect(localizeOutline(drafted, 'sv').measures.find((m) => m.id === unknown.id)!.description).toMatch(
			/^Arbetsgruppen kunde inte besvara/
		);
		expect(localizeOutline(drafted, 'en').measures.find((m) => m.id === unknown.id)!.description).toMatch(
			/^The working group could not answer/
		);
	});

	it('titles a merged recommendation from its group and the expert’s own one from its area', () => {
		const merged: DraftRecommendation = {
			id: 'r-group',
			areaCode: 'anti-discrimination',
			questionCode: null,
			groupCode: 'equality-planning',
			questionCodes: ['adi-equality-plan', 'adi-impact-assessment'],
			dimensions: ['attitudes'],
			status: 'accepted',
			key: false
		};
		const own: DraftRecommendation = { ...merged, id: 'r-own', groupCode: null, questionCodes: [] };
		const draft = draftStrategy(input([merged, own], 'sv'));
		expect(draft.measures.map((m) => [m.id, m.title])).toEqual([
			['m-g-equality-planning', questionnaire.library!.groups['equality-planning']!.measure!.title.sv],
			['m-r-own', questionnaire.strategy!.area_measures['anti-discrimination']!.title.sv]
		]);
		expect(draft.measures[0]!.questionCodes).toEqual(['adi-equality-plan', 'adi-impact-assessment']);
		for (const m of draft.measures) expect(m.owner).toBe('Centralförvaltningen (integrationskoordinatorn)');
	});

	it('gives a merged measure the owner of its group’s area, and a template’s own sector over its area’s', () => {
		const communication: DraftRecommendation = {
			id: 'r-communication',
			// Filed under the area of its highest-priority question; the group is defined in media.yaml.
			areaCode: 'language',
			questionCode: null,
			groupCode: 'diversity-communication',
			questionCodes: ['lng-minority-languages', 'mda-strategy'],
			dimensions: ['attitudes'],
			status: 'accepted',
			key: false
		};
		const statistics = allRecommendations.find((r) => r.questionCode === 'cmp-statistics')!;
		const training = allRecommendations.find((r) => r.questionCode === 'cmp-staff-training')!;
		const draft = draftStrategy(input([communication, statistics, training]));
		const owner = (id: string) => draft.measures.find((m) => m.recommendationIds[0] === id)!.owner;
		expect(owner('r-communication')).toBe('Communications');
		expect(draft.measures.find((m) => m.id === 'm-g-diversity-communication')!.areaCode).toBe('language');
		expect(owner(statistics.id)).toBe('Central administration (integration coordinator)');
		expect(owner(training.id)).toBe('Human resources');
	});

	it('has no measure to draft the plan itself', () => {
		const ids = outline.measures.flatMap((m) => m.recommendationIds);
		expect(ids).not.toContain('r-com-integration-plan');
		expect(ids).not.toContain('r-com-plan-content');
		expect(outline.measures.map((m) => m.title).join(' ')).not.toMatch(/draft .*plan/i);
		expect(ids).toContain('r-com-coordinator');
	});

	it('phrases measures in the municipality’s own voice in every language', () => {
		for (const m of outline.measures) expect(m.title).toMatch(/^The municipality /);
		const fi = localizeOutline(outline, 'fi');
		for (const m of fi.measures) expect(m.title).toMatch(/^Kunta /);
		const sv = localizeOutline(outline, 'sv');
		for (const m of sv.measures) expect(m.title).toMatch(/^Kommunen /);
	});

	it('gives every measure an owner and budget line from the sector map and typical partners', () => {
		const fi = localizeOutline(outline, 'fi');
		const education = fi.measures.find((m) => m.areaCode === 'education')!;
		expect(education.owner).toBe('Sivistystoimi');
		expect(education.budgetLine).toBe('Sivistystoimen käyttötalous');
		expect(education.partners).toContain('hyvinvointialue');
		const labour = outline.measures.find((m) => m.areaCode === 'business-labour')!;
		expect(labour.owner).toBe('Vitality and employment services');
		expect(labour.partners).toContain('the employment area');
		for (const m of outline.measures) {
			expect(m.owner).not.toBe('To be decided');
			expect(m.owner.trim()).not.toBe('');
		}
	});

	it('phases measures across the council term by priority', () => {
		const keyed = allRecommendations.map((r) => (r.questionCode === 'adi-data' ? { ...r, key: true } : r));
		const draft = draftStrategy(input(keyed));
		expect(draft.period).toEqual({ start: '2026-01', end: '2029-12' });
		const first = draft.measures[0]!;
		expect(first).toMatchObject({
			areaCode: 'anti-discrimination',
			key: true,
			phase: 'year1',
			start: '2026-01',
			end: '2026-12'
		});
		const threshold = questionnaire.framework.scoring.low_score_threshold;
		for (const m of draft.measures.slice(1)) {
			const weak = scores.areas[m.areaCode!]!.score! <= threshold;
			expect(m.phase).toBe(weak ? 'years1_2' : 'years2_4');
			expect([m.start, m.end]).toEqual(weak ? ['2026-01', '2027-12'] : ['2027-01', '2029-12']);
		}
	});

	it('uses only the recommendations the coordinator chose', () => {
		const chosen = new Set(['r-adi-data', 'r-edu-language-support', 'r-com-integration-plan']);
		const draft = draftStrategy(input(allRecommendations, 'en', chosen));
		const ids = draft.measures.flatMap((m) => m.recommendationIds).sort();
		expect(ids).toEqual(
			['r-adi-data', 'r-edu-language-support'].filter((id) => allRecommendations.some((r) => r.id === id))
		);
	});

	it('leaves out rejected and still-proposed recommendations', () => {
		const draft = draftStrategy(
			input([
				{ ...allRecommendations[0]!, status: 'rejected' },
				{ ...allRecommendations[1]!, status: 'proposed' },
				allRecommendations[2]!
			])
		);
		expect(draft.measures.flatMap((m) => m.recommendationIds)).toEqual([allRecommendations[2]!.id]);
	});
});

describe('draftStrategy: indicators and situation picture', () => {
	const outline = draftStrategy(input(allRecommendations));

	it('measures the four dimensions with this round’s scores as baselines and no automatic target', () => {
		for (const d of DIMENSIONS) {
			const indicator = outline.indicators.find((i) => i.kind === 'dimension' && i.ref === d)!;
			expect(indicator.baseline).toBe(scores.dimensions[d]);
			expect(indicator.target).toBeNull();
			expect(indicator.when).toBe('2028');
		}
		for (const i of outline.indicators) expect(i.target).toBeNull();
	});

	it('builds at least five outcome indicators from context facts, with source, frequency and owner', () => {
		const outcome = outline.indicators.filter((i) => i.kind === 'fact');
		expect(outcome.length).toBeGreaterThanOrEqual(5);
		for (const i of outcome) {
			expect(i.source).not.toBe('');
			expect(i.frequency).not.toBe('');
			expect(i.owner).not.toBe('');
		}
		const employment = outcome.find((i) => i.ref === 'bus-employment-rate')!;
		expect(employment).toMatchObject({ baseline: 58, unit: '%' });
		expect(localizeOutline(outline, 'fi').indicators.find((i) => i.id === employment.id)!.source).toBe(
			'Tilastokeskuksen työssäkäyntitilasto'
		);
		expect(outcome.find((i) => i.ref === 'adi-experienced-discrimination')!.baseline).toBeNull();
	});

	it('puts the context facts into the situation picture with human labels and units', () => {
		const facts = outline.situation.facts;
		expect(facts.slice(0, 2)).toMatchObject([
			{ code: 'population', label: 'Population en', number: 68_400 },
			{ code: 'diversity', number: 9.8, unit: '%' }
		]);
		expect(facts.find((f) => f.code === 'wel-arrivals')).toMatchObject({
			label: 'People who moved to the municipality from abroad',
			number: 1240,
			unit: 'persons'
		});
		expect(
			localizeOutline(outline, 'sv').situation.facts.find((f) => f.code === 'wel-arrivals')
		).toMatchObject({
			label: 'Personer som flyttat till kommunen från utlandet',
			unit: 'personer'
		});
		expect(facts.some((f) => f.code === 'adi-experienced-discrimination')).toBe(false);
		expect(outline.situation.topics.map((t) => t.id)).toEqual([
			'moving',
			'languages',
			'age',
			'employment',
			'placements',
			'consulted'
		]);
	});
});

describe('draftStrategy: languages', () => {
	it('drafts in the coordinator’s language with complete translations into the other two', () => {
		const outline = draftStrategy(input(allRecommendations, 'sv'));
		expect(outline.language).toBe('sv');
		expect(outline.title).toBe('Program för främjande av integration');
		for (const lang of LANGUAGES.filter((l) => l !== 'sv')) {
			const missing = translationStatus(outline, lang).filter((r) => r.state !== 'done');
			expect(missing).toEqual([]);
		}
		expect(localizeOutline(outline, 'fi').title).toBe('Kotoutumisen edistämisen ohjelma');
	});
});

describe('mergeNewMeasures', () => {
	it('adds only newly accepted recommendations and keeps edits and removals', () => {
		const few = allRecommendations.filter((r) =>
			['anti-discrimination', 'education', 'media'].includes(r.areaCode)
		);
		const edited = draftStrategy(input(few));
		edited.measures = edited.measures
			.map((m) => (m.areaCode === 'education' ? { ...m, owner: 'Koulutuspalvelut' } : m))
			.filter((m) => m.areaCode !== 'media');
		edited.removedRecommendationIds = few.filter((r) => r.areaCode === 'media').map((r) => r.id);
		const more = [...few, ...allRecommendations.filter((r) => r.areaCode === 'welcoming')];
		const merged = mergeNewMeasures(edited, draftStrategy(input(more)));
		expect(new Set(merged.addedMeasures.map((m) => m.areaCode))).toEqual(new Set(['welcoming']));
		expect(merged.addedMeasures).toHaveLength(more.length - few.length);
		expect(merged.addedIndicators).toEqual([]);
		expect(merged.outline.measures.find((m) => m.areaCode === 'education')!.owner).toBe('Koulutuspalvelut');
		expect(merged.outline.measures.map((m) => m.areaCode)).not.toContain('media');
		expect(localizeOutline(merged.outline, 'fi').measures.at(-1)!.title).toMatch(/^Kunta /);
	});
});
