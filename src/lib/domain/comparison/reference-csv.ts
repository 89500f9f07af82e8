import { z } from 'zod';
import type { MessageKey } from '../../i18n/translate';
import type { Questionnaire } from '../questionnaire/schema';

/** Refused before parsing: the import is meant for published reports, not bulk data. */
export const REFERENCE_CSV_MAX_BYTES = 2 * 1024 * 1024;
export const REFERENCE_CSV_MAX_ROWS = 20_000;

const LEADING_COLUMNS = [
	'municipality',
	'country',
	'year',
	'population',
	'diversity_share',
	'overall'
] as const;
const TRAILING_COLUMNS = ['source', 'synthetic'] as const;
/** Every column but the area scores must be in the header. */
export const REQUIRED_REFERENCE_COLUMNS: readonly string[] = [...LEADING_COLUMNS, ...TRAILING_COLUMNS];

/** The area codes of a questionnaire in their order, composite areas (the lens) included. */
export function referenceAreaCodes(questionnaire: Questionnaire): string[] {
	return [...questionnaire.framework.areas].sort((a, b) => a.order - b.order).map((a) => a.code);
}

/** The header line of a reference-results CSV, column by column. */
export function referenceCsvColumns(questionnaire: Questionnaire): string[] {
	return [...LEADING_COLUMNS, ...referenceAreaCodes(questionnaire), ...TRAILING_COLUMNS];
}

export interface ParsedReference {
	/** 1-based number of the data row in the file (the header is row 0). */
	row: number;
	municipality: string;
	country: string;
	year: number;
	population: number;
	diversityShare: number;
	overall: number;
	/** Area code to score 0–100; an area without a value is absent. */
	areaScores: Record<string, number>;
	source: string;
	synthetic: boolean;
}

export interface ReferenceCsvError {
	/** 1-based data row; 0 for the header line. */
	row: number;
	/** The column's name; empty when the problem is the whole row. */
	column: string;
	message: MessageKey;
	value: string;
}

export interface ReferenceCsvResult {
	rows: ParsedReference[];
	errors: ReferenceCsvError[];
	/** Data rows in the file, valid or not. */
	dataRows: number;
}

export interface CsvRecords {
	records: string[][];
	/** Index into records of a record with a misplaced or unclosed quotation mark. */
	quoteErrors: number[];
}

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF (a lone CR too), fields in double quotes may
 * hold commas, line breaks and doubled quotes. A leading UTF-8 byte order mark is dropped and lines that are
 * completely empty are skipped.
 */
export function parseCsvRecords(text: string): CsvRecords {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
		} else if (c === ',') endField();
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
	return { records, quoteErrors };
}

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** A decimal written with a comma or a point. */
const decimal = () =>
	z
		.string()
		.trim()
		.min(1, { error: 'error.required' })
		.regex(NUMBER, { error: 'error.number' })
		.transform((v) => Number(v.replace(',', '.')));

const percent = () =>
	decimal().pipe(
		z.number().min(0, { error: 'error.percent_range' }).max(100, { error: 'error.percent_range' })
	);

const score = () =>
	decimal().pipe(
		z.number().min(0, { error: 'error.csv_score_range' }).max(100, { error: 'error.csv_score_range' })
	);

const BOOLEANS: Record<string, boolean> = {
	true: true,
	yes: true,
	'1': true,
	false: false,
	no: false,
	'0': false
};

const fixedFields = {
	municipality: z.string().trim().min(1, { error: 'error.required' }).max(120, { error: 'error.too_long' }),
	country: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, { error: 'error.country_code' }),
	year: z
		.string()
		.trim()
		.min(1, { error: 'error.required' })
		.regex(/^\d+$/, { error: 'error.whole_number' })
		.transform(Number)
		.pipe(
			z.number().min(1990, { error: 'error.csv_year_range' }).max(2100, { error: 'error.csv_year_range' })
		),
	population: z
		.string()
		.trim()
		.min(1, { error: 'error.required' })
		// Spaces, also the no-break kinds, separate thousands: "143 000".
		.transform((v) => v.replace(/[\s\u00a0\u202f]/g, ''))
		.pipe(z.string().regex(/^\d+$/, { error: 'error.whole_number' }))
		.transform(Number)
		.pipe(
			z
				.number()
				.min(1, { error: 'error.population_range' })
				.max(50_000_000, { error: 'error.population_range' })
		),
	diversity_share: percent(),
	overall: score(),
	source: z.string().trim().min(1, { error: 'error.required' }).max(500, { error: 'error.too_long' }),
	synthetic: z
		.string()
		.trim()
		.toLowerCase()
		.refine((v) => Object.hasOwn(BOOLEANS, v), { error: 'error.csv_boolean' })
		.transform((v) => BOOLEANS[v]!)
};

/** A blank area cell means the area has no value; it is not a 0. */
const areaScore = () =>
	z
		.string()
		.trim()
		.transform((v) => (v === '' ? undefined : v))
		.pipe(score().optional());

function rowSchema(areaCodes: string[]) {
	return z.object({
		...fixedFields,
		...Object.fromEntries(areaCodes.map((code) => [code, areaScore()]))
	});
}

const asKey = (message: string): MessageKey =>
	(message.startsWith('error.') ? message : 'error.invalid') as MessageKey;

/**
 * Parses and validates a reference-results CSV for a questionnaire; every problem is reported, none thrown.
 * Over maxRows data rows it stops before validating and returns only dataRows, for the caller to refuse.
 */
export function parseReferenceCsv(
	text: string,
	questionnaire: Questionnaire,
	{ maxRows = Infinity }: { maxRows?: number } = {}
): ReferenceCsvResult {
	const { records, quoteErrors } = parseCsvRecords(text);
	const errors: ReferenceCsvError[] = [];
	if (records.length - 1 > maxRows) return { rows: [], errors: [], dataRows: records.length - 1 };
	if (records.length === 0) {
		return { rows: [], errors: [{ row: 0, column: '', message: 'error.csv_empty', value: '' }], dataRows: 0 };
	}
	const allowed = new Set(referenceCsvColumns(questionnaire));
	const areaCodes = new Set(referenceAreaCodes(questionnaire));
	const header = records[0]!.map((h) => h.trim().toLowerCase());
	const dataRows = records.length - 1;
	if (quoteErrors.includes(0)) errors.push({ row: 0, column: '', message: 'error.csv_quotes', value: '' });
	const seen = new Set<string>();
	for (const name of header) {
		if (!allowed.has(name))
			errors.push({ row: 0, column: name, message: 'error.csv_unknown_column', value: name });
		else if (seen.has(name))
			errors.push({ row: 0, column: name, message: 'error.csv_duplicate_column', value: name });
		seen.add(name);
	}
	for (const name of REQUIRED_REFERENCE_COLUMNS) {
		if (!seen.has(name))
			errors.push({ row: 0, column: name, message: 'error.csv_missing_column', value: '' });
	}
	// With a broken header every row would repeat the same problem: report the header alone.
	if (errors.length > 0) return { rows: [], errors, dataRows };
	if (dataRows === 0) {
		return { rows: [], errors: [{ row: 0, column: '', message: 'error.csv_no_rows', value: '' }], dataRows };
	}

	const presentAreas = header.filter((h) => areaCodes.has(h));
	const schema = rowSchema(presentAreas);
	const rows: ParsedReference[] = [];
	for (let i = 1; i < records.length; i++) {
		const cells = records[i]!;
		if (quoteErrors.includes(i)) {
			errors.push({ row: i, column: '', message: 'error.csv_quotes', value: cells.join(',') });
			continue;
		}
		if (cells.length !== header.length) {
			errors.push({ row: i, column: '', message: 'error.csv_field_count', value: String(cells.length) });
			continue;
		}
		const raw = Object.fromEntries(header.map((name, j) => [name, cells[j]!]));
		const result = schema.safeParse(raw);
		if (!result.success) {
			const reported = new Set<string>();
			for (const issue of result.error.issues) {
				const column = String(issue.path[0] ?? '');
				if (reported.has(column)) continue;
				reported.add(column);
				errors.push({ row: i, column, message: asKey(issue.message), value: raw[column] ?? '' });
			}
			continue;
		}
		const data = result.data as z.infer<ReturnType<typeof rowSchema>> & Record<string, unknown>;
		const areaScores: Record<string, number> = {};
		for (const code of presentAreas) {
			const value = data[code];
			if (typeof value === 'number') areaScores[code] = value;
		}
		rows.push({
			row: i,
			municipality: data.municipality,
			country: data.country,
			year: data.year,
			population: data.population,
			diversityShare: data.diversity_share,
			overall: data.overall,
			areaScores,
			source: data.source,
			synthetic: data.synthetic
		});
	}
	return { rows, errors, dataRows };
}
