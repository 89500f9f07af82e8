/** Answering page: reading view, presence, live updates, save announcements (fi). Spread into ../fi.ts. */
export const fi = {} as const;
