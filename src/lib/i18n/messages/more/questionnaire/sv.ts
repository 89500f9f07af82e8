/** Questionnaire 1.1, conditions and version migration (sv). Spread into ../sv.ts. */
export const sv = {} as const;
