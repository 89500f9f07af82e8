/**
 * How municipality names are compared when looking for duplicates: without case, accents, punctuation
 * or extra spaces, so "Jarvenlinna" and "Järvenlinna", or "Pedersöre" and "pedersore", are the same.
 */
export function municipalityNameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
