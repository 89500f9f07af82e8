/** Rounds half up to one decimal, immune to binary artefacts such as 12.25 * 10 = 122.49999… */
export function roundScore(value: number): number {
	return Math.round(Number((value * 10).toPrecision(12))) / 10;
}
