import { z } from 'zod';
import { GROUP_KINDS, type GroupKind } from '../comparison/types';

const schema = z.object({
	group: z.enum(GROUP_KINDS as [GroupKind, ...GroupKind[]]).catch('all'),
	peers: z.array(z.string().max(80)).max(500).catch([]),
	rankPage: z.coerce.number().int().min(1).max(1_000_000).catch(1),
	q: z.string().trim().max(80).catch('')
});

export interface CompareQuery {
	group: GroupKind;
	peers: Set<string>;
	/** The page of the ranking (`?rankPage=`); past the last page means the last. */
	rankPage: number;
	/** The peer picker's search (`?q=`). */
	q: string;
}

/** The group picker's query; anything unknown falls back to the whole sample rather than failing. */
export function parseCompareQuery(params: URLSearchParams): CompareQuery {
	const parsed = schema.parse({
		group: params.get('group') ?? 'all',
		peers: params.getAll('peers'),
		rankPage: params.get('rankPage') ?? 1,
		q: params.get('q') ?? ''
	});
	return { ...parsed, peers: new Set(parsed.peers) };
}
