/**
 * Whether a peer matches the picker's search: a name containing the text (any case), or an anonymous
 * peer's letter typed alone or after a word, as "b", "Municipality B" or "Kunta B". An empty search
 * matches everyone.
 */
export function peerMatcher(query: string): (name: string | null, letter: string | null) => boolean {
	const text = query.trim().toLocaleLowerCase();
	if (text === '') return () => true;
	const words = text.split(/\s+/);
	const last = words.at(-1)!.toUpperCase();
	const letter = words.length <= 2 && /^[A-Z]{1,4}$/.test(last) ? last : null;
	return (name, peerLetter) =>
		name === null ? letter !== null && peerLetter === letter : name.toLocaleLowerCase().includes(text);
}

/**
 * What the picker lists: in the picker's order, the first `limit` peers that match, and every selected
 * peer whether it matches or not, so that submitting the form again keeps the hand-picked group.
 */
export function pickList(
	order: ArrayLike<number>,
	matches: (peer: number) => boolean,
	selected: ReadonlySet<number>,
	limit: number
): { listed: number[]; matching: number } {
	const listed: number[] = [];
	let matching = 0;
	let shown = 0;
	for (let k = 0; k < order.length; k++) {
		const peer = order[k]!;
		const match = matches(peer);
		if (match) matching++;
		if (match && shown < limit) {
			shown++;
			listed.push(peer);
		} else if (selected.has(peer)) listed.push(peer);
	}
	return { listed, matching };
}
