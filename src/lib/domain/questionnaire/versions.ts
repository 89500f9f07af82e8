import { comparableAreas } from './mapping';
import type { Questionnaire } from './schema';

type Versions = ReadonlyMap<string, Questionnaire>;

/** The version that replaces this one (its framework says `supersedes: <id>`), if any. */
export function successorOf(qs: Versions, id: string): Questionnaire | undefined {
	return [...qs.values()].find((q) => q.framework.supersedes === id);
}

/** Versions nothing replaces: the only ones new rounds open on. */
export function currentVersions(qs: Versions): Questionnaire[] {
	return [...qs.values()].filter((q) => !successorOf(qs, q.framework.id));
}

/** This version's id and those of the versions it replaced, newest first. */
export function lineage(qs: Versions, id: string): string[] {
	const ids = [id];
	for (let q = qs.get(id); q?.framework.supersedes && !ids.includes(q.framework.supersedes);) {
		ids.push(q.framework.supersedes);
		q = qs.get(q.framework.supersedes);
	}
	return ids;
}

/**
 * What cannot be compared between a round on version `fromId` and one on `toId` (a later version of the
 * same line): areas whose scored questions changed (mapping.yaml), and 'overall' when any of them
 * counts in the overall index. Empty for the same version.
 */
export function notComparable(qs: Versions, fromId: string, toId: string): string[] {
	const to = qs.get(toId);
	if (fromId === toId || !to) return [];
	let comparable = new Set(to.areas.map((a) => a.code));
	for (let q: Questionnaire | undefined = to; q && q.framework.id !== fromId;) {
		const earlier: Questionnaire | undefined = q.framework.supersedes
			? qs.get(q.framework.supersedes)
			: undefined;
		if (!earlier) return [...to.areas.map((a) => a.code), 'overall'];
		const step = comparableAreas(earlier, q);
		comparable = new Set([...comparable].filter((c) => step.has(c)));
		q = earlier;
	}
	const { include_optional_in_overall } = to.framework.scoring;
	const codes = to.areas.filter((a) => !comparable.has(a.code)).map((a) => a.code);
	const overall = to.areas.some(
		(a) => !a.parent && (a.kind === 'core' || include_optional_in_overall) && !comparable.has(a.code)
	);
	return overall ? [...codes, 'overall'] : codes;
}
