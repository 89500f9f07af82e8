/** Comparison bands, similar municipalities, context facts (en). Spread into ../en.ts. */
export const en = {} as const;
