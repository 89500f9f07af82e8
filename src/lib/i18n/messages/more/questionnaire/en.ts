/** Questionnaire 1.1, conditions and version migration (en). Spread into ../en.ts. */
export const en = {} as const;
