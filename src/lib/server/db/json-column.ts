import { z } from 'zod';

/**
 * Reads a JSON column through its schema. A row that does not match is a bug or a damaged database:
 * it fails here, naming the column, instead of somewhere far away with `undefined`.
 */
export function readJsonColumn<T>(schema: z.ZodType<T>, text: string, column: string): T {
	const parsed = schema.safeParse(JSON.parse(text));
	if (!parsed.success)
		throw new Error(`Stored ${column} does not match its schema: ${z.prettifyError(parsed.error)}`);
	return parsed.data;
}
