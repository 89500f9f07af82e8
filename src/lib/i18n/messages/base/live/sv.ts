/** Answering page: reading view, presence, live updates, save announcements (sv). Spread into ../sv.ts. */
export const sv = {} as const;
