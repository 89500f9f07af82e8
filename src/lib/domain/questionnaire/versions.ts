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
