/** Results home, status stepper, dashboard guidance, layouts and accessibility (fi). Spread into ../fi.ts. */
export const fi = {} as const;
