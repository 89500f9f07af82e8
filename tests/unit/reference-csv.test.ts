import { describe, expect, it } from 'vitest';
import {
	detectDelimiter,
	parseCsvRecords,
	parseReferenceCsv,
	REFERENCE_CSV_MAX_ERRORS,
	referenceCsvColumns,
	type ReferenceCsvError
} from '../../src/lib/domain/comparison/reference-csv';
import { translate } from '../../src/lib/i18n/translate';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

const mini = loadQuestionnaireDir('tests/fixtures/mini');
const HEADER =
	'municipality,country,year,population,diversity_share,overall,a,lens,l1,l2,opt,source,synthetic';
const GOOD = 'Testby,fi,2024,12 345,"9,5",61.5,70,55,50,60,40,https://example.org/report,true';

const parse = (...lines: string[]) => parseReferenceCsv(lines.join('\n'), mini);
const BASE: Record<string, string> = {
	municipality: 'Testby',
	country: 'FI',
	year: '2024',
	population: '5000',
	diversity_share: '5',
	overall: '50',
	source: 'report',
	synthetic: 'false'
};
const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/** The errors of a one-row file whose `column` cell holds `value` and whose other cells are valid. */
function errorFor(column: string, value: string): ReferenceCsvError[] {
	const cells = HEADER.split(',').map((h) => (h === column ? value : (BASE[h] ?? '')));
	return parse(HEADER, cells.map(quote).join(',')).errors;
}

describe('referenceCsvColumns', () => {
	it('lists the fixed columns, every area in order (composites too), then source and synthetic', () => {
		expect(referenceCsvColumns(mini).join(',')).toBe(HEADER);
	});
});

describe('parseCsvRecords', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks', () => {
		const { records, quoteErrors } = parseCsvRecords('a,"b,c","say ""hi""","two\nlines"\n1,2,3,4\n');
		expect(records).toEqual([
			['a', 'b,c', 'say "hi"', 'two\nlines'],
			['1', '2', '3', '4']
		]);
		expect(quoteErrors).toEqual([]);
	});

	it('accepts CRLF, LF and a byte order mark, and skips empty lines', () => {
		expect(parseCsvRecords('\ufeffx,y\r\n1,2\r\n\r\n3,4').records).toEqual([
			['x', 'y'],
			['1', '2'],
			['3', '4']
		]);
		expect(parseCsvRecords('x,y\n\n1,2\n').records).toEqual([
			['x', 'y'],
			['1', '2']
		]);
	});

	it('keeps empty fields, quoted or not', () => {
		expect(parseCsvRecords('a,,""\n').records).toEqual([['a', '', '']]);
	});

	it('reports misplaced and unclosed quotation marks by record', () => {
		expect(parseCsvRecords('a,b\nx"y,z\n"ok",w\n').quoteErrors).toEqual([1]);
		expect(parseCsvRecords('a,b\n"ab"c,d\n').quoteErrors).toEqual([1]);
		expect(parseCsvRecords('a,b\n"never closed,d\n').quoteErrors).toEqual([1]);
	});
});

describe('parseReferenceCsv', () => {
	it('parses a good row: decimal comma, spaces in the population, upper-cased country', () => {
		const { rows, errors, dataRows } = parse(HEADER, GOOD);
		expect(errors).toEqual([]);
		expect(dataRows).toBe(1);
		expect(rows).toEqual([
			{
				row: 1,
				municipality: 'Testby',
				country: 'FI',
				year: 2024,
				population: 12345,
				diversityShare: 9.5,
				diversityMeasure: null,
				overall: 61.5,
				areaScores: { a: 70, lens: 55, l1: 50, l2: 60, opt: 40 },
				source: 'https://example.org/report',
				synthetic: true
			}
		]);
	});

	it('reads what the diversity share counts from the optional column, and refuses anything else', () => {
		const header = HEADER.replace('diversity_share,', 'diversity_share,diversity_measure,');
		const row = (measure: string) => GOOD.replace('"9,5",', `"9,5",${measure},`);
		expect(parse(header, row('foreign_born')).rows[0]!.diversityMeasure).toBe('foreign_born');
		expect(parse(header, row('Foreign-Language')).rows[0]!.diversityMeasure).toBe('foreign_language');
		expect(parse(header, row('')).rows[0]!.diversityMeasure).toBeNull();
		expect(parse(header, row('immigrants')).errors).toMatchObject([
			{ row: 1, column: 'diversity_measure', message: 'error.csv_diversity_measure', value: 'immigrants' }
		]);
	});

	it('works with a BOM and CRLF line endings', () => {
		const { rows, errors } = parseReferenceCsv(`\ufeff${HEADER}\r\n${GOOD}\r\n`, mini);
		expect(errors).toEqual([]);
		expect(rows[0]!.municipality).toBe('Testby');
	});

	it('reads a municipality name with a comma and quotes', () => {
		const { rows } = parse(HEADER, GOOD.replace('Testby', '"Kaupunki, ""Testi"""'));
		expect(rows[0]!.municipality).toBe('Kaupunki, "Testi"');
	});

	it('treats a blank area cell as no value, not 0, and a missing area column the same', () => {
		const blank = parse(HEADER, GOOD.replace(',70,55,', ',,55,'));
		expect(blank.errors).toEqual([]);
		expect(blank.rows[0]!.areaScores).toEqual({ lens: 55, l1: 50, l2: 60, opt: 40 });
		expect('a' in blank.rows[0]!.areaScores).toBe(false);

		const narrow = parse(
			'municipality,country,year,population,diversity_share,overall,l1,source,synthetic',
			'Testby,FI,2025,5000,3,40,0,report,no'
		);
		expect(narrow.errors).toEqual([]);
		expect(narrow.rows[0]!.areaScores).toEqual({ l1: 0 });
		expect(narrow.rows[0]!.synthetic).toBe(false);
	});

	it('accepts the columns in any order and header names in any case', () => {
		const { rows, errors } = parse(
			'Source,SYNTHETIC,municipality,country,year,population,diversity_share,overall',
			'report,Yes,Testby,se,2030,7000,0,100'
		);
		expect(errors).toEqual([]);
		expect(rows[0]).toMatchObject({ country: 'SE', synthetic: true, overall: 100, areaScores: {} });
	});

	it.each([
		['municipality', '', 'error.required'],
		['municipality', 'x'.repeat(121), 'error.too_long'],
		['country', 'FIN', 'error.country_code'],
		['country', 'F1', 'error.country_code'],
		['year', '1989', 'error.csv_year_range'],
		['year', '2101', 'error.csv_year_range'],
		['year', '2024.5', 'error.whole_number'],
		['year', '', 'error.required'],
		['population', '0', 'error.population_range'],
		['population', '12.5', 'error.whole_number'],
		['population', '-5', 'error.whole_number'],
		['population', 'many', 'error.whole_number'],
		['diversity_share', '100.1', 'error.percent_range'],
		['diversity_share', '-1', 'error.percent_range'],
		['diversity_share', 'ten', 'error.number'],
		['diversity_share', '', 'error.required'],
		['overall', '101', 'error.csv_score_range'],
		['overall', '', 'error.required'],
		['overall', '5%', 'error.number'],
		['a', '100,5', 'error.csv_score_range'],
		['lens', '-0.1', 'error.csv_score_range'],
		['opt', 'n/a', 'error.number'],
		['source', '', 'error.required'],
		['source', 's'.repeat(501), 'error.too_long'],
		['synthetic', 'maybe', 'error.csv_boolean'],
		['synthetic', '', 'error.csv_boolean']
	])('refuses %s = %j with %s, naming row and column', (column, value, message) => {
		expect(errorFor(column, value)).toEqual([{ row: 1, column, message, value }]);
	});

	it.each([
		['year', ' 1990 '],
		['year', '2100'],
		['population', '1'],
		['population', '1 234 567'],
		['diversity_share', '0'],
		['diversity_share', '100,0'],
		['overall', '.5'],
		['a', '0'],
		['a', '100'],
		['synthetic', 'TRUE'],
		['synthetic', '0'],
		['synthetic', 'No'],
		['source', 'Annual report 2024, p. 12']
	])('accepts %s = %j', (column, value) => {
		expect(errorFor(column, value)).toEqual([]);
	});

	it('reports every bad cell of every row, with its data row number, and keeps the good rows', () => {
		const { rows, errors } = parse(
			HEADER,
			GOOD,
			'Bad,FINLAND,2024,100,5,50,,,,,,src,true',
			GOOD.replace('Testby', 'Other'),
			',FI,1900,100,5,50,,,,,,src,perhaps'
		);
		expect(rows.map((r) => [r.row, r.municipality])).toEqual([
			[1, 'Testby'],
			[3, 'Other']
		]);
		expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
			[2, 'country', 'error.country_code'],
			[4, 'municipality', 'error.required'],
			[4, 'year', 'error.csv_year_range'],
			[4, 'synthetic', 'error.csv_boolean']
		]);
	});

	it('reports a row with too few or too many fields, and a quote error, as a whole-row error', () => {
		const { errors } = parse(HEADER, 'Short,FI,2024', `${GOOD},extra`, GOOD.replace('Testby', 'Te"st'));
		expect(errors).toEqual([
			{ row: 1, column: '', message: 'error.csv_field_count', value: '3' },
			{ row: 2, column: '', message: 'error.csv_field_count', value: '14' },
			expect.objectContaining({ row: 3, column: '', message: 'error.csv_quotes' })
		]);
	});

	it('names unknown, duplicate and missing header columns on row 0 and checks no rows then', () => {
		const { rows, errors } = parse(
			'municipality,country,country,year,population,overall,a,nonsense,source,synthetic',
			'x,FI,FI,2024,5,50,50,?,src,true'
		);
		expect(rows).toEqual([]);
		expect(errors).toEqual([
			{ row: 0, column: 'country', message: 'error.csv_duplicate_column', value: 'country' },
			{ row: 0, column: 'nonsense', message: 'error.csv_unknown_column', value: 'nonsense' },
			{ row: 0, column: 'diversity_share', message: 'error.csv_missing_column', value: '' }
		]);
	});

	it('refuses an empty file and a header without rows', () => {
		expect(parseReferenceCsv('', mini).errors).toEqual([
			{ row: 0, column: '', message: 'error.csv_empty', value: '' }
		]);
		expect(parseReferenceCsv('\ufeff\r\n\n', mini).errors.map((e) => e.message)).toEqual(['error.csv_empty']);
		expect(parse(HEADER).errors.map((e) => e.message)).toEqual(['error.csv_no_rows']);
	});
});

/** The problem as the admin reads it in the error table. */
const problem = (e: ReferenceCsvError) => translate('en', e.message, e.params);

describe('the separator of the header line', () => {
	it('is a comma, a semicolon or a tab, whichever the header uses; a comma on a tie', () => {
		expect(detectDelimiter(HEADER)).toBe(',');
		expect(detectDelimiter(`\ufeff${HEADER.replaceAll(',', ';')}\r\nx,y;z`)).toBe(';');
		expect(detectDelimiter(HEADER.replaceAll(',', '\t'))).toBe('\t');
		// Separators inside a quoted header name do not count.
		expect(detectDelimiter('"a;b;c;d",e,f\n')).toBe(',');
		expect(detectDelimiter('municipality')).toBe(',');
	});

	it('splits the records, and a semicolon file keeps its commas in the cells', () => {
		expect(parseCsvRecords('a;b;c\r\n"x;y";12,5;\n').records).toEqual([
			['a', 'b', 'c'],
			['x;y', '12,5', '']
		]);
		expect(parseCsvRecords('a\tb\n1,5\t"q"\n').records).toEqual([
			['a', 'b'],
			['1,5', 'q']
		]);
	});
});

describe('a semicolon-separated file, as Finnish Excel saves it', () => {
	const semicolons = (line: string) => line.replaceAll(',', ';');

	it('is read with decimal commas, a BOM, CRLF and Excel’s TOSI/EPÄTOSI', () => {
		const good = 'Testby;fi;2024;12 345;9,5;61,5;70;55,5;50;60;40;https://example.org/report;TOSI';
		const { rows, errors } = parseReferenceCsv(`\ufeff${semicolons(HEADER)}\r\n${good}\r\n`, mini);
		expect(errors).toEqual([]);
		expect(rows[0]).toMatchObject({
			municipality: 'Testby',
			population: 12345,
			diversityShare: 9.5,
			overall: 61.5,
			areaScores: { a: 70, lens: 55.5, l1: 50, l2: 60, opt: 40 },
			synthetic: true
		});
		const no = parse(HEADER, GOOD.replace(/true$/, 'epätosi'));
		expect(no.rows[0]!.synthetic).toBe(false);
	});

	it('is no longer refused with “unknown column”, and its row errors name the column', () => {
		const bad = 'Testby;FI;2024;5000;ten;50;;;;;;report;no';
		const { errors } = parseReferenceCsv([semicolons(HEADER), bad].join('\n'), mini);
		expect(errors).toEqual([{ row: 1, column: 'diversity_share', message: 'error.number', value: 'ten' }]);
	});

	it('reads a tab-separated file too', () => {
		const cells = ['Testby', 'fi', '2024', '12 345', '9,5', '61.5', '70', '55', '50', '60', '40', 'src', '1'];
		const { rows, errors } = parse(HEADER.replaceAll(',', '\t'), cells.join('\t'));
		expect(errors).toEqual([]);
		expect(rows[0]!.diversityShare).toBe(9.5);
	});
});

describe('rows repeating a municipality, country and year', () => {
	it('are reported on the repeating row, naming the first one, and left out of the rows', () => {
		const { rows, errors, errorCount } = parse(
			HEADER,
			GOOD,
			GOOD.replace('Testby', 'Other'),
			GOOD.replace('Testby', ' testby ').replace(',fi,', ',FI,'),
			GOOD.replace('2024', '2025'),
			GOOD.replace('Testby', 'Other').replace('61.5', '62'),
			GOOD.replace('Testby', 'TESTBY').replace(',true', ',maybe')
		);
		expect(rows.map((r) => [r.row, r.municipality, r.year])).toEqual([
			[1, 'Testby', 2024],
			[2, 'Other', 2024],
			[4, 'Testby', 2025]
		]);
		expect(errors.map((e) => [e.row, e.column, e.value, problem(e)])).toEqual([
			[3, '', 'testby / FI / 2024', 'The same municipality, country and year as row 1.'],
			[5, '', 'Other / FI / 2024', 'The same municipality, country and year as row 2.'],
			[6, '', 'TESTBY / FI / 2024', 'The same municipality, country and year as row 1.'],
			[6, 'synthetic', 'maybe', 'Enter true or false (yes/no and 1/0 also work).']
		]);
		expect(errorCount).toBe(4);
	});

	it('are allowed for another country or year', () => {
		const { errors } = parse(HEADER, GOOD, GOOD.replace(',fi,', ',SE,'), GOOD.replace('2024', '2023'));
		expect(errors).toEqual([]);
	});
});

describe('a file with very many errors', () => {
	it(`lists the first ${REFERENCE_CSV_MAX_ERRORS} errors and counts them all`, () => {
		const bad = Array.from({ length: 250 }, (_, i) =>
			GOOD.replace('Testby', `Town ${i}`).replace('2024', '1900')
		);
		const { errors, errorCount, rows, dataRows } = parse(HEADER, ...bad, GOOD);
		expect(REFERENCE_CSV_MAX_ERRORS).toBe(200);
		expect(errorCount).toBe(250);
		expect(errors).toHaveLength(200);
		expect(errors[0]).toEqual({ row: 1, column: 'year', message: 'error.csv_year_range', value: '1900' });
		expect(errors.at(-1)!.row).toBe(200);
		expect(dataRows).toBe(251);
		expect(rows.map((r) => r.row)).toEqual([251]);
		expect(translate('en', 'peers.errors_shown', { shown: errors.length, count: errorCount })).toBe(
			'Showing the first 200 of 250 errors.'
		);
	});

	it('stops listing at the limit given, counting on', () => {
		const bad = Array.from({ length: 5 }, () => 'too,few');
		const { errors, errorCount } = parseReferenceCsv([HEADER, ...bad].join('\n'), mini, { maxErrors: 2 });
		expect([errors.map((e) => e.row), errorCount]).toEqual([[1, 2], 5]);
	});
});
