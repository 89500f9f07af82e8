import type { ParamMatcher } from '@sveltejs/kit';

/** Our row ids: 20 lower-case base32 characters (see server/ids.ts); anything else is a 404 at once. */
export const match = ((param: string) => /^[a-z2-7]{1,32}$/.test(param)) satisfies ParamMatcher;
