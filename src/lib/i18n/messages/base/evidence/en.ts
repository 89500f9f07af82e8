/** Answering page: evidence, files, required questions, numbers, history (en). Spread into ../en.ts. */
export const en = {} as const;
