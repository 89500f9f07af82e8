/** Comparison bands, similar municipalities, context facts (sv). Spread into ../sv.ts. */
export const sv = {} as const;
