/** Recommendation templates, levels and language-neutral texts (en). Spread into ../en.ts. */
export const en = {} as const;
