/** Review flow, curation, publishing and the index report (fi). Spread into ../fi.ts. */
export const fi = {} as const;
