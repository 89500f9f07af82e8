/** Recommendation templates, levels and language-neutral texts (fi). Spread into ../fi.ts. */
export const fi = {} as const;
