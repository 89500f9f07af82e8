import { z } from 'zod';
import type { QuestionnaireIssue } from './parse';
import { isScored, type Questionnaire } from './schema';

/*
 * mapping.yaml in a version's folder: what happened to every question of the version it supersedes.
 *   same    - scored exactly as before (wording may be corrected): answers carry over, comparable;
 *   changed - options, points, condition or meaning changed: the answer carries over only when it is
 *             still a valid answer, and its area is not comparable across the two versions;
 *   removed - no longer asked: the answer is not carried over.
 * `new` lists the questions the later version adds.
 */
export const MAPPING_STATUSES = ['same', 'changed', 'removed'] as const;
export type MappingStatus = (typeof MAPPING_STATUSES)[number];

const code = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);
const entry = z.union([
	z.enum(MAPPING_STATUSES).transform((status) => ({ status, note: undefined as string | undefined })),
	z.strictObject({ status: z.enum(MAPPING_STATUSES), note: z.string().trim().min(1).optional() })
]);

export const versionMappingSchema = z.strictObject({
	from: code,
	questions: z.record(code, entry),
	new: z.record(code, z.string().trim().min(1)).default({})
});
export type VersionMapping = z.infer<typeof versionMappingSchema>;

const allCodes = (q: Questionnaire) => q.areas.flatMap((a) => a.questions.map((x) => x.code));

/** Every code of the earlier version is mapped, every code of the later one is either kept or new. */
export function mappingProblems(file: string, from: Questionnaire, to: Questionnaire): QuestionnaireIssue[] {
	const mapping = to.mapping;
	const issues: QuestionnaireIssue[] = [];
	const issue = (path: string, message: string) => issues.push({ file, path, message });
	if (!mapping)
		return [{ file, path: '', message: `is missing: ${to.framework.id} supersedes ${from.framework.id}` }];
	if (mapping.from !== from.framework.id)
		issue('from', `must be '${from.framework.id}', the version named in supersedes`);
	const oldCodes = new Set(allCodes(from));
	const newCodes = new Set(allCodes(to));
	for (const c of oldCodes)
		if (!mapping.questions[c]) issue('questions', `question '${c}' of ${from.framework.id} is not mapped`);
	for (const [c, e] of Object.entries(mapping.questions)) {
		if (!oldCodes.has(c)) issue(`questions.${c}`, `'${c}' is not a question of ${from.framework.id}`);
		else if (e.status === 'removed' && newCodes.has(c))
			issue(`questions.${c}`, `'${c}' is marked removed but is still asked`);
		else if (e.status !== 'removed' && !newCodes.has(c))
			issue(`questions.${c}`, `'${c}' is marked ${e.status} but is not asked any more`);
	}
	for (const c of newCodes) {
		const mapped = mapping.questions[c] !== undefined;
		if (!mapped && mapping.new[c] === undefined)
			issue('new', `question '${c}' is neither mapped nor listed as new`);
		if (mapped && mapping.new[c] !== undefined)
			issue(`new.${c}`, `'${c}' is listed as new but also existed before`);
	}
	for (const c of Object.keys(mapping.new))
		if (!newCodes.has(c)) issue(`new.${c}`, `'${c}' is not a question of ${to.framework.id}`);
	return issues;
}

/**
 * Areas whose scores can be compared across the two versions: none of their scored questions changed,
 * was removed or was added. A composite area is comparable only when all its sub-areas are.
 */
export function comparableAreas(from: Questionnaire, to: Questionnaire): Set<string> {
	const mapping = to.mapping;
	const result = new Set<string>();
	if (!mapping) return result;
	const scoredIn = (q: Questionnaire, area: string) =>
		q.areas
			.find((a) => a.code === area)
			?.questions.filter(isScored)
			.map((x) => x.code) ?? [];
	for (const area of to.areas.filter((a) => !a.composite)) {
		if (!from.areas.some((a) => a.code === area.code)) continue;
		const before = scoredIn(from, area.code);
		const after = scoredIn(to, area.code);
		const unchanged =
			before.every((c) => mapping.questions[c]?.status === 'same' && after.includes(c)) &&
			after.every((c) => before.includes(c));
		if (unchanged) result.add(area.code);
	}
	for (const composite of to.areas.filter((a) => a.composite)) {
		const subs = to.areas.filter((a) => a.parent === composite.code);
		if (subs.length > 0 && subs.every((a) => result.has(a.code))) result.add(composite.code);
	}
	return result;
}
