/** Strategy drafting, indicators, situation picture, languages and exports (en). Spread into ../en.ts. */
export const en = {
	'strategy_draft.dimension_indicator': '{dimension} (Good Relations Index)',
	'strategy_draft.score_unit': '/ 100'
} as const;
