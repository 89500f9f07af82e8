/** Answering page: evidence, files, required questions, numbers, history (fi). Spread into ../fi.ts. */
export const fi = {} as const;
