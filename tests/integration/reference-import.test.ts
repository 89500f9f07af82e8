import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceAreaCodes, referenceCsvColumns } from '../../src/lib/domain/comparison/reference-csv';
import type { Db } from '../../src/lib/server/db/client';
import { auditLog, referenceResults, users } from '../../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/demo/seed';
import { translate } from '../../src/lib/i18n/translate';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';
import { ServiceError } from '../../src/lib/server/services/errors';
import {
	deleteReferenceImport,
	importReferenceResults,
	listReferenceImports,
	listReferenceResults,
	previewReferenceImport
} from '../../src/lib/server/services/reference-import';
import { addUser, freshDb } from '../helpers/db';

const gri = loadQuestionnaireDir('questionnaires/gri-2026');
const HEADER = referenceCsvColumns(gri).join(',');
const AREAS = referenceAreaCodes(gri).length;

/** A valid row for gri-2026 with every area blank except commitment. */
const row = (name: string, synthetic = 'false', overall = '"55,5"') =>
	[
		name,
		'SE',
		'2025',
		'95 000',
		'"12,5"',
		overall,
		'60',
		...Array(AREAS - 1).fill(''),
		'City report 2025',
		synthetic
	].join(',');

function setup() {
	const db = freshDb();
	const admin = addUser(db, { isAdmin: true, name: 'Ada Admin' });
	const other = addUser(db);
	return { db, admin, other };
}

function refusal(fn: () => unknown): ServiceError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(ServiceError);
		return e as ServiceError;
	}
	throw new Error('expected a refusal');
}

const counts = (db: Db) => ({
	rows: db.select().from(referenceResults).all().length,
	audit: db.select().from(auditLog).all().length
});

describe('reference import access', () => {
	it('refuses everyone but an admin with 404', () => {
		const { db, other } = setup();
		const csv = [HEADER, row('Lund')].join('\n');
		for (const fn of [
			() => previewReferenceImport(db, other, gri, csv),
			() => importReferenceResults(db, other, gri, csv),
			() => listReferenceImports(db, other),
			() => deleteReferenceImport(db, other, 'x')
		]) {
			const e = refusal(fn);
			expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
		}
		expect(counts(db)).toEqual({ rows: 0, audit: 0 });
	});
});

describe('previewReferenceImport', () => {
	it('returns the parsed rows and how many would be written, and writes nothing', () => {
		const { db, admin } = setup();
		const preview = previewReferenceImport(db, admin, gri, [HEADER, row('Lund'), row('Malmö')].join('\r\n'));
		expect(preview.errors).toEqual([]);
		expect(preview.rows.map((r) => r.municipality)).toEqual(['Lund', 'Malmö']);
		expect(preview.rows[0]).toMatchObject({ population: 95000, diversityShare: 12.5, overall: 55.5 });
		expect(preview.wouldWrite).toBe(2);
		expect(counts(db)).toEqual({ rows: 0, audit: 0 });
	});

	it('would write nothing when a row has an error', () => {
		const { db, admin } = setup();
		const preview = previewReferenceImport(
			db,
			admin,
			gri,
			[HEADER, row('Lund'), row('Bad', 'perhaps')].join('\n')
		);
		expect(preview.errors).toEqual([
			{ row: 2, column: 'synthetic', message: 'error.csv_boolean', value: 'perhaps' }
		]);
		expect(preview.wouldWrite).toBe(0);
	});

	it('refuses text over 2 MB or over 20,000 rows', () => {
		const { db, admin } = setup();
		const big = HEADER + '\n' + 'x'.repeat(2 * 1024 * 1024);
		expect(refusal(() => previewReferenceImport(db, admin, gri, big)).messageKey).toBe(
			'error.import_too_large'
		);
		const many = [HEADER, ...Array(20_001).fill('a')].join('\n');
		expect(refusal(() => importReferenceResults(db, admin, gri, many)).messageKey).toBe(
			'error.import_too_large'
		);
		expect(counts(db)).toEqual({ rows: 0, audit: 0 });
	});
});

describe('importReferenceResults', () => {
	it('writes nothing when one row is bad, and says how many errors there are', () => {
		const { db, admin } = setup();
		const csv = [HEADER, row('Lund'), row('Bad', 'perhaps', '101'), row('Malmö')].join('\n');
		const e = refusal(() => importReferenceResults(db, admin, gri, csv));
		expect([e.status, e.messageKey, e.params]).toEqual([400, 'error.import_has_errors', { count: 2 }]);
		expect(counts(db)).toEqual({ rows: 0, audit: 0 });
	});

	it('writes every row under one import id with an audit row, and lists the import', () => {
		const { db, admin } = setup();
		const csv = [HEADER, row('Lund', 'true'), row('Malmö'), row('Uppsala', 'yes')].join('\n');
		const { importId, count } = importReferenceResults(db, admin, gri, csv);
		expect(count).toBe(3);
		const stored = db.select().from(referenceResults).all();
		expect(stored).toHaveLength(3);
		for (const r of stored) {
			expect(r).toMatchObject({ importId, questionnaireId: 'gri-2026', importedBy: admin.id, country: 'SE' });
			expect(JSON.parse(r.areaScores)).toEqual({ commitment: 60 });
		}
		expect(db.select().from(auditLog).all()).toEqual([
			expect.objectContaining({
				actorUserId: admin.id,
				action: 'import',
				entity: 'reference_import',
				entityId: importId
			})
		]);
		expect(listReferenceImports(db, admin)).toEqual([
			{
				importId,
				questionnaireId: 'gri-2026',
				count: 3,
				syntheticCount: 2,
				createdAt: expect.any(Date),
				importerName: 'Ada Admin'
			}
		]);
		const results = listReferenceResults(db, 'gri-2026');
		expect(results.map((r) => r.municipality)).toEqual(['Lund', 'Malmö', 'Uppsala']);
		expect(results[0]!.areaScores).toEqual({ commitment: 60 });
		expect(results[0]!.synthetic).toBe(true);
		expect(listReferenceResults(db, 'other-questionnaire')).toEqual([]);
	});

	it('deletes a whole import with an audit row, leaving other imports alone', () => {
		const { db, admin } = setup();
		const first = importReferenceResults(db, admin, gri, [HEADER, row('Lund'), row('Malmö')].join('\n'));
		const second = importReferenceResults(db, admin, gri, [HEADER, row('Turku')].join('\n'));
		expect(deleteReferenceImport(db, admin, first.importId)).toEqual({ count: 2 });
		expect(listReferenceResults(db, 'gri-2026').map((r) => r.municipality)).toEqual(['Turku']);
		expect(listReferenceImports(db, admin).map((i) => i.importId)).toEqual([second.importId]);
		expect(db.select().from(auditLog).all().at(-1)).toMatchObject({
			action: 'delete',
			entity: 'reference_import',
			entityId: first.importId,
			actorUserId: admin.id
		});
		const e = refusal(() => deleteReferenceImport(db, admin, first.importId));
		expect([e.status, e.messageKey]).toEqual([404, 'error.not_found']);
	});
});

describe('a file with thousands of bad rows', () => {
	it('lists the first 200 errors with the total, and the refusal counts them all', () => {
		const { db, admin } = setup();
		const bad = Array.from({ length: 5000 }, (_, i) => row(`Town ${i}`, 'perhaps'));
		const csv = [HEADER, ...bad].join('\n');
		const preview = previewReferenceImport(db, admin, gri, csv);
		expect([preview.errors.length, preview.errorCount, preview.wouldWrite]).toEqual([200, 5000, 0]);
		expect(preview.errors[199]).toEqual({
			row: 200,
			column: 'synthetic',
			message: 'error.csv_boolean',
			value: 'perhaps'
		});
		// What the page says above the table.
		const shown = { shown: preview.errors.length, count: preview.errorCount };
		expect(translate('en', 'peers.errors_found', { count: preview.errorCount })).toMatch(
			/^The file has 5,000 errors\./
		);
		expect(translate('en', 'peers.errors_shown', shown)).toBe('Showing the first 200 of 5,000 errors.');
		expect(translate('fi', 'peers.errors_shown', shown).replace(/\s/g, ' ')).toBe(
			'Näytetään 5 000 virheestä ensimmäiset 200.'
		);
		expect(JSON.stringify(preview).length).toBeLessThan(50_000);

		const e = refusal(() => importReferenceResults(db, admin, gri, csv));
		expect([e.messageKey, e.params]).toEqual(['error.import_has_errors', { count: 5000 }]);
		expect(counts(db)).toEqual({ rows: 0, audit: 0 });
	});
});

describe('rows that are already there', () => {
	it('in the same file: each repeat is an error on its row, and nothing is imported', () => {
		const { db, admin } = setup();
		const csv = [HEADER, row('Lund'), row('Malmö'), row('LUND')].join('\n');
		const preview = previewReferenceImport(db, admin, gri, csv);
		expect(preview.errors).toEqual([
			{
				row: 3,
				column: '',
				message: 'error.csv_duplicate_row',
				value: 'LUND / SE / 2025',
				params: { row: 1 }
			}
		]);
		expect(translate('en', preview.errors[0]!.message, preview.errors[0]!.params)).toBe(
			'The same municipality, country and year as row 1.'
		);
		const e = refusal(() => importReferenceResults(db, admin, gri, csv));
		expect([e.messageKey, e.params]).toEqual(['error.import_has_errors', { count: 1 }]);
		expect(counts(db)).toEqual({ rows: 0, audit: 0 });
	});

	it('from an earlier import: refused, naming how many rows and the import’s date, until it is deleted', () => {
		const { db, admin } = setup();
		const first = importReferenceResults(db, admin, gri, [HEADER, row('Lund'), row('Malmö')].join('\n'));
		const before = counts(db);
		const createdAt = listReferenceImports(db, admin)[0]!.createdAt;

		const again = [HEADER, row('Malmö'), row('Uppsala'), row('lund')].join('\n');
		const preview = previewReferenceImport(db, admin, gri, again);
		expect(preview.errors).toEqual([]);
		expect(preview.existing).toEqual([{ importId: first.importId, createdAt, count: 2 }]);
		expect(preview.wouldWrite).toBe(0);

		const e = refusal(() => importReferenceResults(db, admin, gri, again, 'fi'));
		const date = new Intl.DateTimeFormat('fi-FI', { dateStyle: 'medium', timeStyle: 'short' }).format(
			createdAt
		);
		expect([e.status, e.messageKey, e.params]).toEqual([
			409,
			'error.import_exists',
			{ count: 2, dates: date }
		]);
		expect(translate('en', e.messageKey, e.params)).toBe(
			`2 rows of this file were already imported on ${date}. Delete that import under Past imports first, then import the file again.`
		);
		// The very same file again is refused the same way.
		const same = refusal(() =>
			importReferenceResults(db, admin, gri, [HEADER, row('Lund'), row('Malmö')].join('\n'))
		);
		expect(same.params).toMatchObject({ count: 2 });
		expect(counts(db)).toEqual(before);

		deleteReferenceImport(db, admin, first.importId);
		expect(importReferenceResults(db, admin, gri, again).count).toBe(3);
	});

	it('do not count for another year or another questionnaire', () => {
		const { db, admin } = setup();
		importReferenceResults(db, admin, gri, [HEADER, row('Lund')].join('\n'));
		const nextYear = [HEADER, row('Lund').replace(',2025,', ',2026,')].join('\n');
		expect(previewReferenceImport(db, admin, gri, nextYear).existing).toEqual([]);
		expect(importReferenceResults(db, admin, gri, nextYear).count).toBe(1);

		const mini = loadQuestionnaireDir('tests/fixtures/mini');
		const miniCsv = [referenceCsvColumns(mini).join(','), 'Lund,SE,2025,5000,5,50,,,,,,report,no'].join('\n');
		expect(importReferenceResults(db, admin, mini, miniCsv).count).toBe(1);
	});
});

describe('a semicolon-separated file with decimal commas (Excel in Finland)', () => {
	it('is previewed and imported like a comma-separated one', () => {
		const { db, admin } = setup();
		const areas = ['60,5', ...Array(AREAS - 1).fill('')];
		const line = ['Turku', 'fi', '2025', '201 000', '12,5', '55,5', ...areas, '"Report; p. 4"', 'EPÄTOSI'];
		const csv = `\ufeff${referenceCsvColumns(gri).join(';')}\r\n${line.join(';')}\r\n`;
		const preview = previewReferenceImport(db, admin, gri, csv);
		expect(preview.errors).toEqual([]);
		expect(preview.rows[0]).toMatchObject({
			municipality: 'Turku',
			country: 'FI',
			population: 201000,
			diversityShare: 12.5,
			overall: 55.5,
			areaScores: { commitment: 60.5 },
			source: 'Report; p. 4',
			synthetic: false
		});
		expect(importReferenceResults(db, admin, gri, csv).count).toBe(1);
		expect(listReferenceResults(db, 'gri-2026')[0]).toMatchObject({ diversityShare: 12.5, overall: 55.5 });
	});
});

describe('the shipped demo peers', () => {
	const csv = readFileSync('questionnaires/peers/demo-peers.csv', 'utf8');
	const bandOf = (bands: Array<{ code: string; min: number; max?: number }>, value: number) =>
		bands.find((b) => value >= b.min && (b.max === undefined || value < b.max))!.code;

	it('import cleanly: at least 40 synthetic rows covering every population and diversity band', () => {
		const { db, admin } = setup();
		const preview = previewReferenceImport(db, admin, gri, csv);
		expect(preview.errors).toEqual([]);
		expect(preview.rows.length).toBeGreaterThanOrEqual(40);
		const { count } = importReferenceResults(db, admin, gri, csv);
		expect(count).toBe(preview.rows.length);

		const rows = listReferenceResults(db, 'gri-2026');
		expect(rows.every((r) => r.synthetic)).toBe(true);
		expect(rows.every((r) => /synthetic/i.test(r.source) && /\(demo\)$/.test(r.municipality))).toBe(true);
		const { population, diversity } = gri.framework.peer_bands;
		expect(new Set(rows.map((r) => bandOf(population, r.population)))).toEqual(
			new Set(population.map((b) => b.code))
		);
		expect(new Set(rows.map((r) => bandOf(diversity, r.diversityShare)))).toEqual(
			new Set(diversity.map((b) => b.code))
		);
	});

	it('have an overall and a lens consistent with their area scores, and some blank areas', () => {
		const { db, admin } = setup();
		importReferenceResults(db, admin, gri, csv);
		const areas = gri.framework.areas;
		const lensSubs = areas.filter((a) => a.parent === 'lens').map((a) => a.code);
		const inOverall = areas.filter((a) => !a.parent && a.kind === 'core');
		let blanks = 0;
		for (const r of listReferenceResults(db, 'gri-2026')) {
			const s = r.areaScores;
			blanks += areas.filter((a) => s[a.code] === undefined).length;
			const subs = lensSubs.filter((c) => s[c] !== undefined).map((c) => s[c]!);
			expect(Math.abs(s.lens! - subs.reduce((x, y) => x + y, 0) / subs.length)).toBeLessThanOrEqual(0.051);
			const counted = inOverall.filter((a) => s[a.code] !== undefined);
			const mean =
				counted.reduce((x, a) => x + a.weight * s[a.code]!, 0) / counted.reduce((x, a) => x + a.weight, 0);
			expect(Math.abs(r.overall - mean)).toBeLessThanOrEqual(0.1);
		}
		expect(blanks).toBeGreaterThan(0);
	});

	it('are imported by the demo seed, by the demo admin, without an audit row of their own', async () => {
		const db = freshDb();
		expect(await seedDemoIfEmpty(db)).toBe(true);
		const admin = db
			.select()
			.from(users)
			.all()
			.find((u) => u.isAdmin)!;
		const imports = listReferenceImports(db, admin);
		expect(imports).toHaveLength(1);
		expect(imports[0]).toMatchObject({ importerName: admin.name, questionnaireId: 'gri-2026' });
		expect(imports[0]!.count).toBe(imports[0]!.syntheticCount);
		expect(imports[0]!.count).toBeGreaterThanOrEqual(40);
		const entities = db
			.select()
			.from(auditLog)
			.all()
			.map((a) => a.entity);
		expect(entities[0]).toBe('database');
		expect(entities).not.toContain('reference_import');
	});
});
