import type { StrategyOutline } from './types';

export interface OutlineChange {
	section:
		'vision' | 'situation' | 'objectives' | 'measures' | 'indicators' | 'governance' | 'links' | 'followUp';
	/** The measure, indicator or objective concerned, when the change is inside a list. */
	item: string | null;
	field: string;
	before: string;
	after: string;
}

const str = (v: unknown) =>
	v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);

/** What changed from one version to another, field by field, for the version comparison page. */
export function diffOutlines(a: StrategyOutline, b: StrategyOutline): OutlineChange[] {
	const changes: OutlineChange[] = [];
	const field = (
		section: OutlineChange['section'],
		item: string | null,
		name: string,
		x: unknown,
		y: unknown
	) => {
		if (str(x) !== str(y)) changes.push({ section, item, field: name, before: str(x), after: str(y) });
	};
	field('vision', null, 'text', a.vision.text, b.vision.text);
	a.vision.principles.forEach((p, i) =>
		field('vision', p.dimension, 'principle', p.text, b.vision.principles[i]?.text)
	);
	field('situation', null, 'text', a.situation.text, b.situation.text);
	for (const topic of b.situation.topics)
		field(
			'situation',
			null,
			`topic.${topic.id}`,
			a.situation.topics.find((x) => x.id === topic.id)?.text,
			topic.text
		);
	a.objectives.forEach((o) =>
		field('objectives', o.dimension, 'text', o.text, b.objectives.find((x) => x.id === o.id)?.text)
	);
	for (const [list, section, keys] of [
		[
			['measures', 'measures'],
			'measures',
			[
				'title',
				'description',
				'dimension',
				'owner',
				'partners',
				'resources',
				'cost',
				'budgetLine',
				'start',
				'end'
			]
		],
		[
			['indicators', 'indicators'],
			'indicators',
			['name', 'source', 'frequency', 'owner', 'unit', 'baseline', 'target', 'when']
		]
	] as const) {
		const before = a[list[0]] as unknown as Array<Record<string, unknown> & { id: string }>;
		const after = b[list[1]] as unknown as Array<Record<string, unknown> & { id: string }>;
		const title = (x: Record<string, unknown>) => str(x.title ?? x.name).slice(0, 80);
		for (const x of before) {
			const y = after.find((m) => m.id === x.id);
			if (!y) changes.push({ section, item: title(x), field: 'removed', before: title(x), after: '' });
			else for (const k of keys) field(section, title(y), k, x[k], y[k]);
		}
		for (const y of after)
			if (!before.some((x) => x.id === y.id))
				changes.push({ section, item: title(y), field: 'added', before: '', after: title(y) });
		if (list[0] === 'measures') {
			const order = (xs: Array<{ id: string }>) =>
				xs.map((x) => x.id).filter((id) => before.some((m) => m.id === id) && after.some((m) => m.id === id));
			if (order(before).join() !== order(after).join())
				changes.push({ section, item: null, field: 'order', before: '', after: '' });
		}
	}
	field('governance', null, 'text', a.governance.text, b.governance.text);
	field('links', null, 'text', a.links.text, b.links.text);
	field('links', null, 'items', a.links.items, b.links.items);
	field('followUp', null, 'text', a.followUp.text, b.followUp.text);
	return changes;
}
