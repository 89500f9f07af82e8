/** Strategy drafting, indicators, situation picture, languages and exports (fi). Spread into ../fi.ts. */
export const fi = {} as const;
