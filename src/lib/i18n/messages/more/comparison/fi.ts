/** Comparison bands, similar municipalities, context facts (fi). Spread into ../fi.ts. */
export const fi = {} as const;
