/** Rounds half up to one decimal, immune to binary artefacts such as 12.25 * 10 = 122.49999… */
export function roundScore(value: number): number {
	const rounded = Math.round(Number((value * 10).toPrecision(12))) / 10;
	// A change of -0.04 rounds to -0, which pages would print as "-0.0": zero has no sign here.
	return rounded === 0 ? 0 : rounded;
}
