/** Strategy drafting, indicators, situation picture, languages and exports (sv). Spread into ../sv.ts. */
export const sv = {} as const;
