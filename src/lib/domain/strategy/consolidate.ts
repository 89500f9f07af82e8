import { DIMENSIONS, isScored, type Dimension, type Language } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/schema';
import { DONT_KNOW } from '../recommendations/levels';
import type { ScoreResult } from '../scoring';
import { phaseDates } from './dates';
import { emptyMeasure } from './factories';
import { ownerArea, recommendationMeasure } from './measure-template';
import type { MeasurePhase, StrategyMeasure } from './types';

/** An accepted recommendation as drafting sees it. */
export interface DraftRecommendation {
	id: string;
	areaCode: string;
	questionCode: string | null;
	/** A merged recommendation's template group and questions (its questionCode is null). */
	groupCode?: string | null;
	questionCodes?: string[];
	dimensions: Dimension[];
	status: 'proposed' | 'accepted' | 'rejected';
	/** One of the 3-5 the expert marked as key: its measure comes first and starts in year 1. */
	key: boolean;
	/** The answer level its template was chosen for (`dont_know` for a "don't know" answer). */
	level?: string | null;
}

const codesOf = (r: DraftRecommendation) =>
	r.questionCodes?.length ? r.questionCodes : r.questionCode ? [r.questionCode] : [];

/** The dimension most of an area's scored questions serve, for measures that do not name one. */
function areaDimension(q: Questionnaire, areaCode: string): Dimension {
	const counts = new Map<Dimension, number>();
	for (const question of q.areas.find((a) => a.code === areaCode)?.questions.filter(isScored) ?? []) {
		for (const d of question.dimensions) counts.set(d, (counts.get(d) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'participation';
}

/** The dimension most of the recommendations name first; ties go to the framework's order. */
function mainDimension(q: Questionnaire, areaCode: string, recs: DraftRecommendation[]): Dimension {
	const counts = new Map<Dimension, number>();
	for (const r of recs)
		if (r.dimensions[0]) counts.set(r.dimensions[0], (counts.get(r.dimensions[0]) ?? 0) + 1);
	const best = DIMENSIONS.filter((d) => counts.has(d)).sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
	return best ?? areaDimension(q, areaCode);
}

/**
 * Which recommendations can become measures: accepted ones, minus those whose recommendation is to draft
 * this very plan (strategy.yaml excluded_questions).
 */
export function draftableRecommendations(
	q: Questionnaire,
	recommendations: DraftRecommendation[]
): DraftRecommendation[] {
	const excluded = new Set(q.strategy?.excluded_questions ?? []);
	return recommendations.filter((r) => r.status === 'accepted' && !codesOf(r).some((c) => excluded.has(c)));
}

/**
 * Priority sets the phase: a key recommendation starts in year 1, a weak area (score at or below the
 * framework's threshold) within years 1-2, the rest in years 2-4.
 */
function phaseOf(q: Questionnaire, scores: ScoreResult, areaCode: string, key: boolean): MeasurePhase {
	if (key) return 'year1';
	const score = scores.areas[areaCode]?.score ?? null;
	return score !== null && score <= q.framework.scoring.low_score_threshold ? 'years1_2' : 'years2_4';
}

export interface ConsolidateInput {
	language: Language;
	questionnaire: Questionnaire;
	scores: ScoreResult;
	/** The strategy's term, YYYY-MM. */
	term: { start: string; end: string };
	/** Already chosen: only these become measures. */
	recommendations: DraftRecommendation[];
	/** The coordinator's choice: one measure per area (from its area template) instead of one per recommendation. */
	combineByArea?: boolean;
}

/**
 * One measure: of one recommendation, from its own template (the area's when it has none), or of an
 * area's recommendations combined, from the area's template; owned by the sector of the area it belongs to.
 */
function measureOf(input: ConsolidateInput, id: string, areaCode: string, recs: DraftRecommendation[]) {
	const q = input.questionnaire;
	const t = q.strategy!;
	const lang = input.language;
	const single = input.combineByArea ? null : recs[0]!;
	const own = single && recommendationMeasure(q, single);
	const area = t.area_measures[areaCode];
	const home = single ? t.area_measures[ownerArea(q, single)] : area;
	const sector = t.sectors[own?.sector ?? home?.sector ?? ''];
	const key = recs.some((r) => r.key);
	const phase = phaseOf(q, input.scores, areaCode, key);
	return emptyMeasure(id, {
		dimension: single?.dimensions[0] ?? mainDimension(q, areaCode, recs),
		title:
			own?.title[lang] ??
			area?.title[lang] ??
			q.areas.find((a) => a.code === areaCode)?.name[lang] ??
			areaCode,
		description: [
			single?.level === DONT_KNOW ? t.dont_know_note?.[lang] : undefined,
			own ? own.description?.[lang] : area?.description[lang]
		]
			.filter(Boolean)
			.join(' '),
		owner: sector?.name[lang] ?? t.default_owner[lang],
		partners: (home?.partners ?? [])
			.map((p) => t.partners[p]?.[lang])
			.filter(Boolean)
			.join(', '),
		budgetLine: sector?.budget_line[lang] ?? '',
		phase,
		...phaseDates(phase as Exclude<MeasurePhase, 'custom'>, input.term.start, input.term.end),
		key,
		recommendationId: recs[0]!.id,
		recommendationIds: recs.map((r) => r.id),
		areaCode,
		areaCodes: [areaCode],
		questionCodes: recs.flatMap(codesOf)
	});
}

/**
 * A template recommendation's measure has the same id in every round (`m-q-<question>`, `m-g-<group>`),
 * so the next round's draft of it is recognised as the same measure (follow-up, carrying forward); the
 * expert's own one is named by its row.
 */
function measureId(r: DraftRecommendation, taken: Set<string>): string {
	const stable = r.groupCode ? `m-g-${r.groupCode}` : r.questionCode ? `m-q-${r.questionCode}` : null;
	const id = stable && !taken.has(stable) ? stable : `m-${r.id}`;
	taken.add(id);
	return id;
}

/**
 * The measures of a draft, in the municipality's own voice: by default one per chosen recommendation
 * (questions of a template group are already one recommendation), titled from its measure template; or,
 * when the coordinator combines, one per area from the area's template. Owner and budget line come from
 * the area's sector, with its typical partners and a phase by priority. Key measures first, then by
 * dimension and area order; within an area the recommendations keep their order.
 */
export function consolidateMeasures(input: ConsolidateInput): StrategyMeasure[] {
	const q = input.questionnaire;
	const byArea = new Map<string, DraftRecommendation[]>();
	for (const r of input.recommendations) byArea.set(r.areaCode, [...(byArea.get(r.areaCode) ?? []), r]);
	const areaOrder = (code: string) => q.areas.findIndex((a) => a.code === code);
	const taken = new Set<string>();
	const measures = input.combineByArea
		? [...byArea.entries()].map(([areaCode, recs]) => measureOf(input, `m-${areaCode}`, areaCode, recs))
		: input.recommendations.map((r) => measureOf(input, measureId(r, taken), r.areaCode, [r]));
	return measures.sort(
		(a, b) =>
			Number(b.key) - Number(a.key) ||
			DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
			areaOrder(a.areaCode!) - areaOrder(b.areaCode!)
	);
}
