/**
 * A chart label broken into lines no wider than `maxWidth` (as `measure` says), between words and after
 * hyphens ("Anti-|discrimination"). A word wider than the limit stays whole on its own line: cutting a
 * Finnish compound at an arbitrary letter reads worse than a slightly smaller chart. One line comes back
 * as a plain string, several as the array Chart.js draws as a multi-line label.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number): string | string[] {
	const words = text
		.trim()
		.split(/\s+/)
		.flatMap((word) => (measure(word) > maxWidth ? word.split(/(?<=-)(?=.)/) : [word]));
	const lines: string[] = [];
	for (const word of words) {
		const last = lines.at(-1);
		const joined = last === undefined ? word : last.endsWith('-') ? last + word : `${last} ${word}`;
		if (last !== undefined && measure(joined) <= maxWidth) lines[lines.length - 1] = joined;
		else lines.push(word);
	}
	return lines.length <= 1 ? (lines[0] ?? '') : lines;
}
