import type { ScoreResult } from '../scoring';
import { appendCarried } from './carried-texts';
import type { StrategyIndicator, StrategyMeasure, StrategyOutline } from './types';

export const MEASURE_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Progress notes are short reports, not documents; the same limit is in the form and its counter. */
export const MAX_PROGRESS_NOTE = 2000;

/** Done and dropped measures are finished; anything else still needs work in the next strategy. */
export const isFinished = (status: MeasureStatus) => status === 'done' || status === 'dropped';

/** Each status's count over the outline's measures; a measure nobody has touched yet is "not started". */
export function statusCounts(
	measures: readonly Pick<StrategyMeasure, 'id'>[],
	statuses: Readonly<Record<string, MeasureStatus>>
): Record<MeasureStatus, number> {
	const counts = { not_started: 0, in_progress: 0, done: 0, dropped: 0 };
	for (const m of measures) counts[statuses[m.id] ?? 'not_started']++;
	return counts;
}

export interface ScoreChange {
	code: string;
	before: number | null;
	after: number | null;
	/** after − before with one decimal; null when either side has no score. */
	change: number | null;
}

export interface MeasureChange {
	measureId: string;
	areas: ScoreChange[];
	indicators: Array<ScoreChange & { id: string; name: string }>;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10 + 0;

/** A dimension's or area's score, or a question's share of its points (0–100), from one round's scores. */
function sourceScore(scores: ScoreResult, code: string): number | null {
	if (code in scores.dimensions) return scores.dimensions[code as keyof ScoreResult['dimensions']];
	const area = scores.areas[code];
	if (area) return area.score;
	for (const a of Object.values(scores.areas)) {
		const q = a.questions.find((x) => x.code === code);
		if (q) return q.max > 0 ? oneDecimal((q.earned / q.max) * 100) : null;
	}
	return null;
}

function change(code: string, from: ScoreResult, to: ScoreResult): ScoreChange {
	const before = sourceScore(from, code);
	const after = sourceScore(to, code);
	return {
		code,
		before,
		after,
		change: before === null || after === null ? null : oneDecimal(after - before)
	};
}

/** The areas a measure works on (older outlines name one). */
const areasOf = (m: Pick<StrategyMeasure, 'areaCode' | 'areaCodes'>) =>
	m.areaCodes?.length ? m.areaCodes : m.areaCode ? [m.areaCode] : [];

/**
 * The index indicators that follow a measure: its dimension's score, one of its areas' scores, or one of
 * its questions. Context facts and the municipality's own indicators are not index scores.
 */
export function relatedIndicators(measure: StrategyMeasure, indicators: readonly StrategyIndicator[]) {
	return indicators.filter(
		(i) =>
			i.ref !== '' &&
			((i.kind === 'dimension' && i.ref === measure.dimension) ||
				(i.kind === 'area' && areasOf(measure).includes(i.ref)) ||
				(i.kind !== 'fact' && measure.questionCodes.includes(i.ref)))
	);
}

/**
 * Per measure, how its area and indicators moved from the round the strategy was drafted from to the
 * municipality's next published round.
 */
export function measureChanges(
	outline: Pick<StrategyOutline, 'measures' | 'indicators'>,
	from: ScoreResult,
	to: ScoreResult
): MeasureChange[] {
	return outline.measures.map((m) => ({
		measureId: m.id,
		areas: areasOf(m).map((code) => change(code, from, to)),
		indicators: relatedIndicators(m, outline.indicators).map((i) => ({
			...change(i.ref, from, to),
			id: i.id,
			name: i.name
		}))
	}));
}

/**
 * The next round's draft with the previous strategy's unfinished measures added after its own, keeping
 * their ids (so their history can be traced); a measure already in the draft is not added twice.
 */
export function carryForward(
	draft: StrategyOutline,
	previous: {
		measures: readonly StrategyMeasure[];
		statuses: Readonly<Record<string, MeasureStatus>>;
		/** The previous programme, for the carried measures' texts in the draft's languages. */
		outline?: StrategyOutline;
	} | null
): StrategyOutline {
	if (!previous) return draft;
	const present = new Set(draft.measures.map((m) => m.id));
	const titles = new Set(draft.measures.map((m) => m.title.trim()));
	const carried = previous.measures.filter(
		(m) =>
			!isFinished(previous.statuses[m.id] ?? 'not_started') &&
			!present.has(m.id) &&
			!titles.has(m.title.trim())
	);
	return carried.length ? appendCarried(draft, previous.outline, carried) : draft;
}
