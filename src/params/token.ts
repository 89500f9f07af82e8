import type { ParamMatcher } from '@sveltejs/kit';

/** One-time link tokens: lower-case letters and digits (base32 as generateToken() writes them, or hex). */
export const match = ((param: string) => /^[a-z0-9]{16,128}$/.test(param)) satisfies ParamMatcher;
