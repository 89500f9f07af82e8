/** Answering page: reading view, presence, live updates, save announcements (en). Spread into ../en.ts. */
export const en = {} as const;
