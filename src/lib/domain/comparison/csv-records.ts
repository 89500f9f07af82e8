/** The field separators a reference CSV may use: Excel in a Finnish or Swedish locale writes `;`. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvRecords {
	records: string[][];
	/** Index into records of a record with a misplaced or unclosed quotation mark. */
	quoteErrors: number[];
	delimiter: CsvDelimiter;
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The separator of the header line: the candidate that occurs most often outside quotes, a comma on a
 * tie. Only the header is looked at, because data cells may hold commas (decimal commas, names).
 */
export function detectDelimiter(text: string): CsvDelimiter {
	const src = withoutBom(text);
	const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
	let inQuotes = false;
	for (const c of src) {
		if (c === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (c === '\n' || c === '\r')) break;
		else if (!inQuotes && counts.has(c)) counts.set(c, counts.get(c)! + 1);
	}
	let best: CsvDelimiter = ',';
	for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
	return best;
}

/**
 * RFC 4180, with the separator of the header line (see detectDelimiter) unless one is given: records
 * by CRLF or LF (a lone CR too), fields in double quotes may hold separators, line breaks and doubled
 * quotes. A leading UTF-8 byte order mark is dropped and lines that are completely empty are skipped.
 */
export function parseCsvRecords(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): CsvRecords {
	const src = withoutBom(text);
	const records: string[][] = [];
	const quoteErrors: number[] = [];
	let record: string[] = [];
	let field = '';
	let inQuotes = false;
	let quoted = false;
	let badQuote = false;
	const endField = () => {
		record.push(field);
		field = '';
		quoted = false;
	};
	const endRecord = () => {
		endField();
		if (record.length > 1 || record[0] !== '' || badQuote) {
			if (badQuote) quoteErrors.push(records.length);
			records.push(record);
		}
		record = [];
		badQuote = false;
	};
	for (let i = 0; i < src.length; i++) {
		const c = src[i];
		if (inQuotes) {
			if (c === '"') {
				if (src[i + 1] === '"') {
					field += '"';
					i++;
				} else inQuotes = false;
			} else field += c;
		} else if (c === '"') {
			// A quote opens a field only at its start; anywhere else it is misplaced.
			if (field === '' && !quoted) {
				inQuotes = true;
				quoted = true;
			} else {
				badQuote = true;
				field += c;
			}
		} else if (c === delimiter) endField();
		else if (c === '\r' || c === '\n') {
			if (c === '\r' && src[i + 1] === '\n') i++;
			endRecord();
		} else {
			if (quoted) badQuote = true;
			field += c;
		}
	}
	if (inQuotes) badQuote = true;
	if (field !== '' || record.length > 0 || badQuote) endRecord();
	return { records, quoteErrors, delimiter };
}
