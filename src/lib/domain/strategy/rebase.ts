import type { StrategyOutline } from './types';

/**
 * The working draft after a version was made without it (new measures merged in, translations saved):
 * the person's unsaved edits stay, and what the new version added to the previous one is added to them,
 * so neither the edits nor the version's additions are lost on the next "save as version".
 */
export function rebaseDraft(
	draft: StrategyOutline,
	previous: StrategyOutline,
	next: StrategyOutline
): StrategyOutline {
	const added = <T extends { id: string }>(before: T[], after: T[], mine: T[]) => [
		...mine,
		...after.filter((x) => !before.some((y) => y.id === x.id) && !mine.some((y) => y.id === x.id))
	];
	return {
		...draft,
		measures: added(previous.measures, next.measures, draft.measures),
		indicators: added(previous.indicators, next.indicators, draft.indicators),
		removedRecommendationIds: [
			...new Set([...draft.removedRecommendationIds, ...next.removedRecommendationIds])
		],
		translations: next.translations
	};
}
