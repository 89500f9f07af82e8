import { DIMENSIONS, isScored, type Dimension, type Language } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/schema';
import type { ScoreResult } from '../scoring';
import { phaseDates } from './dates';
import { emptyMeasure } from './factories';
import type { MeasurePhase, StrategyMeasure } from './types';

/** An accepted recommendation as drafting sees it. */
export interface DraftRecommendation {
	id: string;
	areaCode: string;
	questionCode: string | null;
	dimensions: Dimension[];
	status: 'proposed' | 'accepted' | 'rejected';
	/** One of the 3-5 the expert marked as key: its measure comes first and starts in year 1. */
	key: boolean;
}

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
	return recommendations.filter(
		(r) => r.status === 'accepted' && !(r.questionCode && excluded.has(r.questionCode))
	);
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
}

/**
 * The measures of a draft: the chosen recommendations merged into one measure per area, phrased in the
 * municipality's own voice from the area's template, with the area's sector as owner and budget line, its
 * typical partners and a phase by priority. Key measures first, then by dimension and area order.
 */
export function consolidateMeasures(input: ConsolidateInput): StrategyMeasure[] {
	const q = input.questionnaire;
	const t = q.strategy!;
	const lang = input.language;
	const byArea = new Map<string, DraftRecommendation[]>();
	for (const r of input.recommendations) byArea.set(r.areaCode, [...(byArea.get(r.areaCode) ?? []), r]);
	const areaOrder = (code: string) => q.areas.findIndex((a) => a.code === code);
	const measures = [...byArea.entries()].map(([areaCode, recs]): StrategyMeasure => {
		const template = t.area_measures[areaCode];
		const sector = template ? t.sectors[template.sector] : undefined;
		const key = recs.some((r) => r.key);
		const phase = phaseOf(q, input.scores, areaCode, key);
		const area = q.areas.find((a) => a.code === areaCode);
		return emptyMeasure(`m-${areaCode}`, {
			dimension: mainDimension(q, areaCode, recs),
			title: template?.title[lang] ?? area?.name[lang] ?? areaCode,
			description: template?.description[lang] ?? '',
			owner: sector?.name[lang] ?? t.default_owner[lang],
			partners: (template?.partners ?? [])
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
			questionCodes: recs.flatMap((r) => (r.questionCode ? [r.questionCode] : []))
		});
	});
	return measures.sort(
		(a, b) =>
			Number(b.key) - Number(a.key) ||
			DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
			areaOrder(a.areaCode!) - areaOrder(b.areaCode!)
	);
}
