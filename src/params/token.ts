import type { ParamMatcher } from '@sveltejs/kit';

/** One-time link tokens: base32 as generateToken() writes them. */
export const match = ((param: string) => /^[a-z2-7]{16,64}$/.test(param)) satisfies ParamMatcher;
