/** Results home, status stepper, dashboard guidance, layouts and accessibility (sv). Spread into ../sv.ts. */
export const sv = {} as const;
