/** Strategy editing and follow-up of measures (fi). Spread into ../fi.ts. */
export const fi = {} as const;
