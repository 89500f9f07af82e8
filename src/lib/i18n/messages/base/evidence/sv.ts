/** Answering page: evidence, files, required questions, numbers, history (sv). Spread into ../sv.ts. */
export const sv = {} as const;
