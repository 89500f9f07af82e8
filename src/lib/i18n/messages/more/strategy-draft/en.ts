/** Strategy drafting, indicators, situation picture, languages and exports (en). Spread into ../en.ts. */
export const en = {} as const;
