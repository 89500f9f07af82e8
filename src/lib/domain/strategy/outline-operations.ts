import { emptyIndicator, emptyMeasure } from './factories';
import type { StrategyMeasure, StrategyOutline } from './types';

/** One edit of the strategy form: which button was pressed, and on which row. */
export type OutlineOperation =
	| { kind: 'save' }
	| { kind: 'add_measure' }
	| { kind: 'add_indicator' }
	| { kind: 'remove_measure' | 'remove_indicator' | 'up' | 'down'; id: string };

export function parseOperation(value: string | null): OutlineOperation {
	const [kind, id] = (value ?? 'save').split(':');
	if ((kind === 'remove_measure' || kind === 'remove_indicator' || kind === 'up' || kind === 'down') && id)
		return { kind, id };
	if (kind === 'add_measure' || kind === 'add_indicator') return { kind };
	return { kind: 'save' };
}

/**
 * Adds, removes and moves rows. Pure and free of zod, so the editor runs it in the page (a move is an
 * edit of the working draft, not a round trip) and the server runs the same for posts without JavaScript.
 */
export function applyOperation(
	outline: StrategyOutline,
	op: OutlineOperation,
	newId: () => string
): StrategyOutline {
	const move = (list: StrategyMeasure[], id: string, by: -1 | 1) => {
		const i = list.findIndex((m) => m.id === id);
		const j = i + by;
		if (i < 0 || j < 0 || j >= list.length) return list;
		const next = [...list];
		[next[i], next[j]] = [next[j]!, next[i]!];
		return next;
	};
	switch (op.kind) {
		case 'save':
			return outline;
		case 'add_measure':
			return {
				...outline,
				measures: [...outline.measures, emptyMeasure(`m-${newId()}`)]
			};
		case 'add_indicator':
			return {
				...outline,
				indicators: [...outline.indicators, emptyIndicator(`i-${newId()}`)]
			};
		case 'remove_measure': {
			const removed = outline.measures.find((m) => m.id === op.id);
			return {
				...outline,
				measures: outline.measures.filter((m) => m.id !== op.id),
				// Every recommendation the measure consolidated, so drafting again brings none of them back.
				removedRecommendationIds: [
					...outline.removedRecommendationIds,
					...(removed?.recommendationIds ?? []).filter((id) => !outline.removedRecommendationIds.includes(id))
				]
			};
		}
		case 'remove_indicator':
			return { ...outline, indicators: outline.indicators.filter((i) => i.id !== op.id) };
		case 'up':
			return { ...outline, measures: move(outline.measures, op.id, -1) };
		case 'down':
			return { ...outline, measures: move(outline.measures, op.id, 1) };
	}
}
