/** Strategy editing and follow-up of measures (en). Spread into ../en.ts. */
export const en = {} as const;
