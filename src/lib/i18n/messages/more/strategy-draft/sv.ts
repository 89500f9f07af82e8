/** Strategy drafting, indicators, situation picture, languages and exports (sv). Spread into ../sv.ts. */
export const sv = {
	'strategy_draft.dimension_indicator': '{dimension} (index för goda relationer)',
	'strategy_draft.score_unit': '/ 100'
} as const;
