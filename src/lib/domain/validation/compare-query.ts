import { z } from 'zod';
import { GROUP_KINDS, type GroupKind } from '../comparison/types';

const schema = z.object({
	group: z.enum(GROUP_KINDS as [GroupKind, ...GroupKind[]]).catch('all'),
	peers: z.array(z.string().max(80)).max(500).catch([])
});

/** The group picker's query; anything unknown falls back to the whole sample rather than failing. */
export function parseCompareQuery(params: URLSearchParams): { group: GroupKind; peers: Set<string> } {
	const parsed = schema.parse({ group: params.get('group') ?? 'all', peers: params.getAll('peers') });
	return { group: parsed.group, peers: new Set(parsed.peers) };
}
