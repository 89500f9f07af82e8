import type { AnswerMap } from '../answers';
import { isScored, type Dimension } from '../questionnaire/vocabulary';
import type { GoodPractice, LocalizedText, Questionnaire } from '../questionnaire/schema';
import { questionPoints, roundScore, type ScoreResult } from '../scoring';

export type PriorityLevel = 'high' | 'medium' | 'low';

export interface GeneratedRecommendation {
	areaCode: string;
	questionCode: string;
	dimensions: Dimension[];
	text: LocalizedText;
	/** Area-score points at stake × the area's weight × (1 + gap to the peer mean / 100). */
	priorityScore: number;
	priority: PriorityLevel;
	pointsMissing: number;
	goodPractices: GoodPractice[];
}

export const PRIORITY_LIMITS = { high: 15, medium: 7.5 } as const;

export function priorityLevel(score: number): PriorityLevel {
	return score >= PRIORITY_LIMITS.high ? 'high' : score >= PRIORITY_LIMITS.medium ? 'medium' : 'low';
}

/**
 * One recommendation per scored question below full points, from that question's template, ranked by
 * how much the answer holds the area back, how much the area weighs, and how far the area lies below
 * the peer mean when that is known. Not-applicable and full-point answers produce none.
 */
export function generateRecommendations(
	questionnaire: Questionnaire,
	answers: AnswerMap,
	scores: ScoreResult,
	peerMeans: Readonly<Record<string, number>> = {}
): GeneratedRecommendation[] {
	const order = new Map<string, number>();
	const result: GeneratedRecommendation[] = [];
	for (const area of questionnaire.areas.filter((a) => !a.composite)) {
		const parent = area.parent ? questionnaire.areas.find((p) => p.code === area.parent) : undefined;
		const weight = parent ? parent.weight : area.weight;
		const areaResult = scores.areas[area.code];
		if (!areaResult || areaResult.max === 0) continue;
		const peerMean = peerMeans[area.code];
		const gap =
			peerMean !== undefined && areaResult.score !== null ? Math.max(0, peerMean - areaResult.score) : 0;
		for (const question of area.questions.filter(isScored)) {
			const points = questionPoints(question, answers.get(question.code));
			if (points.status === 'not_applicable' || points.earned >= points.max) continue;
			const missing = points.max - points.earned;
			const score = roundScore((missing / areaResult.max) * 100 * weight * (1 + gap / 100));
			order.set(question.code, order.size);
			result.push({
				areaCode: area.code,
				questionCode: question.code,
				dimensions: question.dimensions,
				text: question.recommendation,
				priorityScore: score,
				priority: priorityLevel(score),
				pointsMissing: missing,
				goodPractices: [...question.good_practices, ...area.good_practices]
			});
		}
	}
	// Highest priority first; equal priorities keep the questionnaire's order.
	return result.sort(
		(a, b) => b.priorityScore - a.priorityScore || order.get(a.questionCode)! - order.get(b.questionCode)!
	);
}

/** The ranked list grouped by area, areas in questionnaire order. */
export function groupByArea<T extends { areaCode: string }>(
	questionnaire: Questionnaire,
	items: T[]
): Array<{ areaCode: string; items: T[] }> {
	return questionnaire.areas
		.filter((a) => !a.composite)
		.map((a) => ({ areaCode: a.code, items: items.filter((i) => i.areaCode === a.code) }))
		.filter((g) => g.items.length > 0);
}
