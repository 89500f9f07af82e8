import type { AnswerMap } from '../answers';
import { DIMENSIONS, isScored, type Dimension } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/schema';
import { hiddenQuestions } from '../questionnaire/conditions';
import { questionPoints, type QuestionPoints } from './question-points';
import { roundScore } from './round';

export interface AreaResult {
	code: string;
	/** 0–100 with one decimal; null when nothing in the area can be scored (all not applicable). */
	score: number | null;
	earned: number;
	max: number;
	answered: number;
	scoredQuestions: number;
	questions: QuestionPoints[];
	/** For a composite area, the sub-areas its score is the mean of. */
	subAreas?: string[];
}

export interface ScoreResult {
	areas: Record<string, AreaResult>;
	overall: number | null;
	dimensions: Record<Dimension, number | null>;
	completeness: { answered: number; total: number; percent: number; complete: boolean };
}

const ratio = (earned: number, max: number) => (max > 0 ? (earned / max) * 100 : null);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const round = (x: number | null) => (x === null ? null : roundScore(x));

/**
 * Scores one round's answers as DESIGN.md section 5 and the methodology page describe.
 * Intermediate values stay unrounded; only the returned scores are rounded.
 */
export function scoreAnswers(questionnaire: Questionnaire, answers: AnswerMap): ScoreResult {
	const raw = new Map<string, number | null>();
	const areas: Record<string, AreaResult> = {};
	const dimensionTotals = new Map<Dimension, { earned: number; max: number }>(
		DIMENSIONS.map((d) => [d, { earned: 0, max: 0 }])
	);
	let answered = 0;
	let total = 0;

	for (const area of questionnaire.areas.filter((a) => !a.composite)) {
		const questions = area.questions.filter(isScored);
		// A question hidden by its show_if condition is not applicable, whatever answer it still has stored.
		const hidden = hiddenQuestions(area.questions, answers);
		const points = questions.map((q) =>
			hidden.has(q.code)
				? { code: q.code, status: 'not_applicable' as const, earned: 0, max: 0 }
				: questionPoints(q, answers.get(q.code))
		);
		questions.forEach((q, i) => {
			for (const d of q.dimensions) {
				const t = dimensionTotals.get(d)!;
				t.earned += points[i]!.earned;
				t.max += points[i]!.max;
			}
		});
		const earned = points.reduce((s, p) => s + p.earned, 0);
		const max = points.reduce((s, p) => s + p.max, 0);
		const areaAnswered = points.filter((p) => p.status !== 'unanswered').length;
		answered += areaAnswered;
		total += points.length;
		raw.set(area.code, ratio(earned, max));
		areas[area.code] = {
			code: area.code,
			score: round(ratio(earned, max)),
			earned,
			max,
			answered: areaAnswered,
			scoredQuestions: points.length,
			questions: points
		};
	}

	for (const composite of questionnaire.areas.filter((a) => a.composite)) {
		const subs = questionnaire.areas.filter((a) => a.parent === composite.code).map((a) => a.code);
		const subScores = subs.map((c) => raw.get(c)).filter((s): s is number => s !== null && s !== undefined);
		raw.set(composite.code, mean(subScores));
		const subResults = subs.map((c) => areas[c]!);
		areas[composite.code] = {
			code: composite.code,
			score: round(mean(subScores)),
			earned: subResults.reduce((s, a) => s + a.earned, 0),
			max: subResults.reduce((s, a) => s + a.max, 0),
			answered: subResults.reduce((s, a) => s + a.answered, 0),
			scoredQuestions: subResults.reduce((s, a) => s + a.scoredQuestions, 0),
			questions: [],
			subAreas: subs
		};
	}

	const { include_optional_in_overall } = questionnaire.framework.scoring;
	let weighted = 0;
	let weights = 0;
	for (const area of questionnaire.areas) {
		if (area.parent || (area.kind === 'optional' && !include_optional_in_overall)) continue;
		const score = raw.get(area.code);
		if (score === null || score === undefined || area.weight === 0) continue;
		weighted += area.weight * score;
		weights += area.weight;
	}

	const dimensions = Object.fromEntries(
		DIMENSIONS.map((d) => {
			const t = dimensionTotals.get(d)!;
			return [d, round(ratio(t.earned, t.max))];
		})
	) as Record<Dimension, number | null>;

	return {
		areas,
		overall: weights > 0 ? roundScore(weighted / weights) : null,
		dimensions,
		completeness: {
			answered,
			total,
			percent: total > 0 ? roundScore((answered / total) * 100) : 100,
			complete: answered === total
		}
	};
}
