/**
 * What each save of an answer changed, for its history: the option, the justification and the evidence,
 * not only the option. A person's saves in a row, each within a few minutes of the last, read as one
 * change (autosave stores every pause in typing); the audit log underneath keeps every save.
 */

export interface Snapshot {
	value: unknown;
	justification: string;
	evidence: { url: string; title: string }[];
}

export interface SavedChange {
	at: Date;
	by: string | null;
	oldValue: Snapshot | null;
	newValue: Snapshot | null;
}

export interface HistoryEntry {
	/** The first and the last save of the entry. */
	from: Date;
	at: Date;
	by: string | null;
	saves: number;
	before: Snapshot | null;
	after: Snapshot | null;
	/** The answer itself (option, number, text) differs. */
	value: boolean;
	justification: { before: string; after: string } | null;
	evidence: { added: Snapshot['evidence']; removed: Snapshot['evidence'] } | null;
}

/** Saves by the same person less than this apart are one entry. */
export const COLLAPSE_MS = 5 * 60_000;

const EMPTY: Snapshot = { value: null, justification: '', evidence: [] };
const linkKey = (l: { url: string; title: string }) => `${l.url}\u0000${l.title}`;

/** The differences between two versions of an answer. */
export function diffSnapshots(
	before: Snapshot | null,
	after: Snapshot | null
): Pick<HistoryEntry, 'value' | 'justification' | 'evidence'> {
	const a = before ?? EMPTY;
	const b = after ?? EMPTY;
	const beforeKeys = new Set(a.evidence.map(linkKey));
	const afterKeys = new Set(b.evidence.map(linkKey));
	const added = b.evidence.filter((l) => !beforeKeys.has(linkKey(l)));
	const removed = a.evidence.filter((l) => !afterKeys.has(linkKey(l)));
	return {
		value: JSON.stringify(a.value ?? null) !== JSON.stringify(b.value ?? null),
		justification:
			a.justification !== b.justification ? { before: a.justification, after: b.justification } : null,
		evidence: added.length || removed.length ? { added, removed } : null
	};
}

/** The history as entries, oldest first: consecutive saves of one person within COLLAPSE_MS merged. */
export function collapseHistory(changes: readonly SavedChange[], windowMs = COLLAPSE_MS): HistoryEntry[] {
	const groups: SavedChange[][] = [];
	for (const change of changes) {
		const group = groups.at(-1);
		const last = group?.at(-1);
		if (group && last && last.by === change.by && change.at.getTime() - last.at.getTime() <= windowMs)
			group.push(change);
		else groups.push([change]);
	}
	return groups.map((group) => {
		const first = group[0]!;
		const last = group.at(-1)!;
		return {
			from: first.at,
			at: last.at,
			by: last.by,
			saves: group.length,
			before: first.oldValue,
			after: last.newValue,
			...diffSnapshots(first.oldValue, last.newValue)
		};
	});
}
