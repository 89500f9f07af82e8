import { z } from 'zod';
import type { MessageKey } from '../../i18n/translate';
import type { Questionnaire } from '../questionnaire/schema';
import { parseCsvRecords } from './csv-records';

export { detectDelimiter, parseCsvRecords, type CsvRecords } from './csv-records';

/** Refused before parsing: the import is meant for published reports, not bulk data. */
export const REFERENCE_CSV_MAX_BYTES = 2 * 1024 * 1024;
export const REFERENCE_CSV_MAX_ROWS = 20_000;
/** Errors listed in full; all are counted. A file of 20,000 bad rows once made a 35 MB page. */
export const REFERENCE_CSV_MAX_ERRORS = 200;

const LEADING_COLUMNS = [
	'municipality',
	'country',
	'year',
	'population',
	'diversity_share',
	'overall'
] as const;
const TRAILING_COLUMNS = ['source', 'synthetic'] as const;
/** May be left out of the header: files written before the column existed still import. */
const OPTIONAL_COLUMNS = ['diversity_measure'] as const;
/** Every column but the area scores must be in the header. */
export const REQUIRED_REFERENCE_COLUMNS: readonly string[] = [...LEADING_COLUMNS, ...TRAILING_COLUMNS];

/** The area codes of a questionnaire in their order, composite areas (the lens) included. */
export function referenceAreaCodes(questionnaire: Questionnaire): string[] {
	return [...questionnaire.framework.areas].sort((a, b) => a.order - b.order).map((a) => a.code);
}

/** The header line of a reference-results CSV with the columns every file needs, column by column. */
export function referenceCsvColumns(questionnaire: Questionnaire): string[] {
	return [...LEADING_COLUMNS, ...referenceAreaCodes(questionnaire), ...TRAILING_COLUMNS];
}

/** The header of the template admins download: the optional columns too, after the share they describe. */
export function referenceCsvTemplateColumns(questionnaire: Questionnaire): string[] {
	const [municipality, country, year, population, share, overall] = LEADING_COLUMNS;
	return [
		...[municipality, country, year, population, share],
		...OPTIONAL_COLUMNS,
		overall,
		...referenceAreaCodes(questionnaire),
		...TRAILING_COLUMNS
	];
}

export interface ParsedReference {
	/** 1-based number of the data row in the file (the header is row 0). */
	row: number;
	municipality: string;
	country: string;
	year: number;
	population: number;
	diversityShare: number;
	/** Null when the file does not say what the share counts. */
	diversityMeasure: 'foreign_born' | 'foreign_language' | null;
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
	/** Parameters of the message, e.g. the row a duplicate repeats. */
	params?: Record<string, number>;
}

export interface ReferenceCsvResult {
	rows: ParsedReference[];
	/** The first maxErrors errors in file order. */
	errors: ReferenceCsvError[];
	/** All errors, also those not listed. */
	errorCount: number;
	/** Data rows in the file, valid or not. */
	dataRows: number;
}

/**
 * What makes two rows the same peer result: municipality, country and year. Names are compared
 * without regard to case, Unicode form or repeated spaces, as people retype them.
 */
export function referenceKey(r: { municipality: string; country: string; year: number }): string {
	const name = r.municipality.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
	return `${name}\n${r.country.toUpperCase()}\n${r.year}`;
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

/** TOSI/EPÄTOSI and SANT/FALSKT are what a Finnish or Swedish Excel saves for TRUE and FALSE. */
const BOOLEANS: Record<string, boolean> = {
	true: true,
	yes: true,
	'1': true,
	tosi: true,
	sant: true,
	false: false,
	no: false,
	'0': false,
	epätosi: false,
	falskt: false
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
	diversity_measure: z
		.string()
		.trim()
		.toLowerCase()
		.optional()
		.transform((v) => (v ? v.replace('-', '_') : ''))
		.pipe(z.enum(['', 'foreign_born', 'foreign_language'], { error: 'error.csv_diversity_measure' }))
		.transform((v) => (v === '' ? null : v)),
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

/** Municipality, country and year alone, to find a repeated row even when its other cells are wrong. */
const keySchema = z.object({
	municipality: fixedFields.municipality,
	country: fixedFields.country,
	year: fixedFields.year
});

/**
 * Parses and validates a reference-results CSV for a questionnaire; every problem is counted, none thrown,
 * and the first maxErrors are listed. The separator is the one of the header line (`,`, `;` or tab).
 * Over maxRows data rows it stops before validating and returns only dataRows, for the caller to refuse.
 */
export function parseReferenceCsv(
	text: string,
	questionnaire: Questionnaire,
	{ maxRows = Infinity, maxErrors = REFERENCE_CSV_MAX_ERRORS }: { maxRows?: number; maxErrors?: number } = {}
): ReferenceCsvResult {
	const { records, quoteErrors, delimiter } = parseCsvRecords(text);
	const dataRows = Math.max(records.length - 1, 0);
	const errors: ReferenceCsvError[] = [];
	let errorCount = 0;
	const report = (error: ReferenceCsvError) => {
		errorCount++;
		if (errors.length < maxErrors) errors.push(error);
	};
	const refused = () => ({ rows: [], errors, errorCount, dataRows });
	if (dataRows > maxRows) return refused();
	if (records.length === 0) {
		report({ row: 0, column: '', message: 'error.csv_empty', value: '' });
		return refused();
	}
	const allowed = new Set(referenceCsvTemplateColumns(questionnaire));
	const areaCodes = new Set(referenceAreaCodes(questionnaire));
	const header = records[0]!.map((h) => h.trim().toLowerCase());
	const badQuotes = new Set(quoteErrors);
	if (badQuotes.has(0)) report({ row: 0, column: '', message: 'error.csv_quotes', value: '' });
	const seen = new Set<string>();
	for (const name of header) {
		if (!allowed.has(name))
			report({ row: 0, column: name, message: 'error.csv_unknown_column', value: name });
		else if (seen.has(name))
			report({ row: 0, column: name, message: 'error.csv_duplicate_column', value: name });
		seen.add(name);
	}
	for (const name of REQUIRED_REFERENCE_COLUMNS) {
		if (!seen.has(name)) report({ row: 0, column: name, message: 'error.csv_missing_column', value: '' });
	}
	// With a broken header every row would repeat the same problem: report the header alone.
	if (errorCount > 0) return refused();
	if (dataRows === 0) {
		report({ row: 0, column: '', message: 'error.csv_no_rows', value: '' });
		return refused();
	}

	const presentAreas = header.filter((h) => areaCodes.has(h));
	const schema = rowSchema(presentAreas);
	const rows: ParsedReference[] = [];
	/** Reference key to the first data row that has it. */
	const firstRowOf = new Map<string, number>();
	for (let i = 1; i < records.length; i++) {
		const cells = records[i]!;
		if (badQuotes.has(i)) {
			report({ row: i, column: '', message: 'error.csv_quotes', value: cells.join(delimiter) });
			continue;
		}
		if (cells.length !== header.length) {
			report({ row: i, column: '', message: 'error.csv_field_count', value: String(cells.length) });
			continue;
		}
		const raw = Object.fromEntries(header.map((name, j) => [name, cells[j]!]));
		const key = keySchema.safeParse(raw);
		let duplicate = false;
		if (key.success) {
			const first = firstRowOf.get(referenceKey(key.data));
			if (first === undefined) firstRowOf.set(referenceKey(key.data), i);
			else {
				duplicate = true;
				const value = `${key.data.municipality} / ${key.data.country} / ${key.data.year}`;
				report({ row: i, column: '', message: 'error.csv_duplicate_row', value, params: { row: first } });
			}
		}
		const result = schema.safeParse(raw);
		if (!result.success) {
			const reported = new Set<string>();
			for (const issue of result.error.issues) {
				const column = String(issue.path[0] ?? '');
				if (reported.has(column)) continue;
				reported.add(column);
				report({ row: i, column, message: asKey(issue.message), value: raw[column] ?? '' });
			}
			continue;
		}
		if (duplicate) continue;
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
			diversityMeasure: data.diversity_measure,
			overall: data.overall,
			areaScores,
			source: data.source,
			synthetic: data.synthetic
		});
	}
	return { rows, errors, errorCount, dataRows };
}
