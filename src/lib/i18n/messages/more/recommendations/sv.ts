/** Recommendation templates, levels and language-neutral texts (sv). Spread into ../sv.ts. */
export const sv = {} as const;
