/** A row of the ranking: its place in the whole list (from 0), its rank, and whose it is. */
export interface RankingRow {
	position: number;
	rank: number;
	/** Index of the peer in the sample, or −1 for the municipality itself. */
	peer: number;
}

export interface RankingWindow {
	/** The rows of the page. */
	rows: RankingRow[];
	/** The municipality and its neighbours when they are not on the page. */
	near: RankingRow[];
	page: number;
	pages: number;
	/** 1-based positions of the page's first and last row; 0 and 0 for an empty ranking. */
	from: number;
	to: number;
	total: number;
	/** The page the municipality's own row is on, or null when it has no overall index. */
	ownPage: number | null;
}

/**
 * One page of the ranking of the municipality among its group, best first, without building the whole
 * list: equal scores share the rank of the first of them, and the municipality comes first among equals
 * (it leads the list a stable sort is given). `byOverall` is the sample's order by overall index.
 */
export function rankingWindow(
	overall: Float64Array,
	byOverall: Uint32Array,
	members: Uint32Array,
	own: number | null,
	requestedPage: number,
	pageSize: number,
	radius = 2
): RankingWindow {
	const inGroup = new Uint8Array(overall.length);
	for (let k = 0; k < members.length; k++) inGroup[members[k]!] = 1;
	const order = byOverall.filter((i) => inGroup[i] === 1);
	/** Peers scoring strictly above v: order is descending, so a binary search. */
	const above = (v: number) => {
		let lo = 0;
		let hi = order.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (overall[order[mid]!]! > v) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	const ownPos = own === null ? -1 : above(own);
	const total = order.length + (ownPos >= 0 ? 1 : 0);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(pages, Math.max(1, Math.floor(requestedPage) || 1));
	const at = (position: number): RankingRow => {
		if (position === ownPos) return { position, rank: 1 + ownPos, peer: -1 };
		const peer = order[position - (ownPos >= 0 && position > ownPos ? 1 : 0)]!;
		const value = overall[peer]!;
		return { position, rank: 1 + above(value) + (own !== null && own > value ? 1 : 0), peer };
	};
	const start = (page - 1) * pageSize;
	const end = Math.min(total, start + pageSize);
	const rows = [];
	for (let p = start; p < end; p++) rows.push(at(p));
	const near = [];
	if (ownPos >= 0 && (ownPos < start || ownPos >= end)) {
		for (let p = Math.max(0, ownPos - radius); p <= Math.min(total - 1, ownPos + radius); p++)
			if (p < start || p >= end) near.push(at(p));
	}
	return {
		rows,
		near,
		page,
		pages,
		from: total ? start + 1 : 0,
		to: end,
		total,
		ownPage: ownPos >= 0 ? Math.floor(ownPos / pageSize) + 1 : null
	};
}
