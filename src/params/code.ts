import type { ParamMatcher } from '@sveltejs/kit';

/** Questionnaire codes of areas and questions: lower-case letters, digits and dashes, as the schema allows. */
export const match = ((param: string) =>
	/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(param) && param.length <= 64) satisfies ParamMatcher;
