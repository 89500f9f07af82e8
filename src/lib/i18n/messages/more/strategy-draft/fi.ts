/** Strategy drafting, indicators, situation picture, languages and exports (fi). Spread into ../fi.ts. */
export const fi = {
	'strategy_draft.dimension_indicator': '{dimension} (hyvien väestösuhteiden indeksi)',
	'strategy_draft.score_unit': '/ 100'
} as const;
