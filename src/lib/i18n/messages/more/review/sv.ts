/** Review flow, curation, publishing and the index report (sv). Spread into ../sv.ts. */
export const sv = {} as const;
