/** Questionnaire 1.1, conditions and version migration (fi). Spread into ../fi.ts. */
export const fi = {} as const;
