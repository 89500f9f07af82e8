/** Review flow, curation, publishing and the index report (en). Spread into ../en.ts. */
export const en = {} as const;
