/** Results home, status stepper, dashboard guidance, layouts and accessibility (en). Spread into ../en.ts. */
export const en = {} as const;
