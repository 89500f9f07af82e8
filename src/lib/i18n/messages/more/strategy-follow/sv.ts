/** Strategy editing and follow-up of measures (sv). Spread into ../sv.ts. */
export const sv = {} as const;
