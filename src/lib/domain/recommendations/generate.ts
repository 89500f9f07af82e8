import type { AnswerMap } from '../answers';
import { isScored, type Dimension } from '../questionnaire/vocabulary';
import type { LocalizedText, Questionnaire } from '../questionnaire/schema';
import { questionPoints, roundScore, type ScoreResult } from '../scoring';
import { answerLevel, DONT_KNOW } from './levels';
import type { GoodPracticeEntry } from './library-schema';
import { templatePractices, templateText } from './template-text';

export type PriorityLevel = 'high' | 'medium' | 'low';

export interface GeneratedRecommendation {
	/** Identity within a round: the question code, or `group:<code>` for a merged recommendation. */
	key: string;
	areaCode: string;
	/** The triggering question; null for a merged one, which lists its questions in questionCodes. */
	questionCode: string | null;
	questionCodes: string[];
	groupCode: string | null;
	/** Answer level key or `dont_know`; null for a merged one. */
	level: string | null;
	dimensions: Dimension[];
	text: LocalizedText;
	/** Area-score points at stake × the area's weight × (1 + gap to the peer mean / 100); summed when merged. */
	priorityScore: number;
	priority: PriorityLevel;
	pointsMissing: number;
	goodPractices: GoodPracticeEntry[];
}

export const PRIORITY_LIMITS = { high: 15, medium: 7.5 } as const;

export function priorityLevel(score: number): PriorityLevel {
	return score >= PRIORITY_LIMITS.high ? 'high' : score >= PRIORITY_LIMITS.medium ? 'medium' : 'low';
}

/**
 * One recommendation per scored question whose answer is below the framework's low_score_threshold
 * (see levels.ts for the exact rule) or "don't know", with the text of the answer's level, ranked by
 * how much the answer holds the area back, how much the area weighs, and how far the area lies below
 * the peer mean when that is known. Questions of one template group that both need a recommendation
 * merge into one with the group's text; "don't know" advice is never merged.
 */
export function generateRecommendations(
	questionnaire: Questionnaire,
	answers: AnswerMap,
	scores: ScoreResult,
	peerMeans: Readonly<Record<string, number>> = {}
): GeneratedRecommendation[] {
	const threshold = questionnaire.framework.scoring.low_score_threshold;
	const library = questionnaire.library;
	const order = new Map<string, number>();
	const single: GeneratedRecommendation[] = [];
	for (const area of questionnaire.areas.filter((a) => !a.composite)) {
		const parent = area.parent ? questionnaire.areas.find((p) => p.code === area.parent) : undefined;
		const weight = parent ? parent.weight : area.weight;
		const areaResult = scores.areas[area.code];
		if (!areaResult || areaResult.max === 0) continue;
		const peerMean = peerMeans[area.code];
		const gap =
			peerMean !== undefined && areaResult.score !== null ? Math.max(0, peerMean - areaResult.score) : 0;
		for (const question of area.questions.filter(isScored)) {
			const answer = answers.get(question.code);
			const level = answerLevel(question, answer, threshold);
			if (level === null) continue;
			const ref = { questionCode: question.code, level, groupCode: null };
			const text = templateText(questionnaire, ref);
			if (!text) continue;
			const points = questionPoints(question, answer);
			const missing = points.max - points.earned;
			const score = roundScore((missing / areaResult.max) * 100 * weight * (1 + gap / 100));
			order.set(question.code, order.size);
			single.push({
				key: question.code,
				areaCode: area.code,
				...ref,
				questionCodes: [question.code],
				dimensions: question.dimensions,
				text,
				priorityScore: score,
				priority: priorityLevel(score),
				pointsMissing: missing,
				goodPractices: templatePractices(questionnaire, { questionCodes: [question.code], groupCode: null })
			});
		}
	}
	const groupOf = (r: GeneratedRecommendation) =>
		r.level !== DONT_KNOW && r.questionCode ? library?.templates[r.questionCode]?.group : undefined;
	const result = [...single.filter((r) => !groupOf(r))];
	const byGroup = new Map<string, GeneratedRecommendation[]>();
	for (const r of single) {
		const group = groupOf(r);
		if (group) byGroup.set(group, [...(byGroup.get(group) ?? []), r]);
	}
	for (const [group, members] of byGroup) {
		if (members.length === 1 || !library?.groups[group]) {
			result.push(...members);
			continue;
		}
		result.push(merge(questionnaire, group, members, order));
	}
	// Highest priority first; equal priorities keep the questionnaire's order.
	return result.sort((a, b) => b.priorityScore - a.priorityScore || first(a, order) - first(b, order));
}

/** Position in the questionnaire of the recommendation's first question. */
const first = (r: GeneratedRecommendation, order: Map<string, number>) =>
	order.get(r.questionCodes[0] ?? '') ?? 0;

function merge(
	questionnaire: Questionnaire,
	group: string,
	members: GeneratedRecommendation[],
	order: Map<string, number>
): GeneratedRecommendation {
	const ranked = [...members].sort(
		(a, b) => b.priorityScore - a.priorityScore || order.get(a.key)! - order.get(b.key)!
	);
	const questionCodes = [...members].sort((a, b) => order.get(a.key)! - order.get(b.key)!).map((m) => m.key);
	const score = roundScore(members.reduce((s, m) => s + m.priorityScore, 0));
	return {
		key: `group:${group}`,
		areaCode: ranked[0]!.areaCode,
		questionCode: null,
		questionCodes,
		groupCode: group,
		level: null,
		dimensions: [...new Set(members.flatMap((m) => m.dimensions))],
		text: questionnaire.library!.groups[group]!.text,
		priorityScore: score,
		priority: priorityLevel(score),
		pointsMissing: members.reduce((s, m) => s + m.pointsMissing, 0),
		goodPractices: templatePractices(questionnaire, { questionCodes, groupCode: group })
	};
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
