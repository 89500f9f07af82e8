import { desc, eq, sql } from 'drizzle-orm';
import {
	REFERENCE_CSV_MAX_BYTES,
	REFERENCE_CSV_MAX_ROWS,
	parseReferenceCsv,
	referenceKey,
	type ParsedReference,
	type ReferenceCsvResult
} from '../../domain/comparison/reference-csv';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { FORMAT_LOCALES, type Locale } from '../../i18n/locales';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { referenceResults, users, type ReferenceResult } from '../db/schema';
import { newId } from '../ids';
import { writeAudit } from './audit';
import { ServiceError } from './errors';
import { invalidatePeerSample } from './peer-cache';

/** An earlier import of the same questionnaire that already holds some rows of the file. */
export interface ExistingImport {
	importId: string;
	createdAt: Date;
	/** Rows of the file it already holds (same municipality, country and year). */
	count: number;
}

export interface ReferencePreview extends ReferenceCsvResult {
	/** Earlier imports that hold rows of this file, oldest first; the admin deletes them first. */
	existing: ExistingImport[];
	/** Rows an import would write: all of them, or none when there is any error or earlier row. */
	wouldWrite: number;
}

export interface ReferenceImportSummary {
	importId: string;
	questionnaireId: string;
	count: number;
	syntheticCount: number;
	createdAt: Date;
	/** Null when the importing account has been deleted. */
	importerName: string | null;
}

export type ReferenceResultRow = Omit<ReferenceResult, 'areaScores'> & { areaScores: Record<string, number> };

function requireAdmin(user: SessionUser) {
	if (!user.isAdmin) throw new ServiceError(404, 'error.not_found');
}

const tooLarge = () => new ServiceError(400, 'error.import_too_large');

/** Parses within the size limits; the text is measured in UTF-8 bytes, as uploaded. */
function parseWithinLimits(questionnaire: Questionnaire, csvText: string): ReferenceCsvResult {
	if (
		csvText.length > REFERENCE_CSV_MAX_BYTES ||
		Buffer.byteLength(csvText, 'utf8') > REFERENCE_CSV_MAX_BYTES
	)
		throw tooLarge();
	const result = parseReferenceCsv(csvText, questionnaire, { maxRows: REFERENCE_CSV_MAX_ROWS });
	if (result.dataRows > REFERENCE_CSV_MAX_ROWS) throw tooLarge();
	return result;
}

/**
 * The earlier imports holding rows of the file. Re-importing a file would count its peers twice in every
 * comparison, and replacing rows one by one would mix two sources in one import, so the old import goes
 * first, as a whole.
 */
function existingImports(db: Pick<Db, 'select'>, questionnaireId: string, rows: ParsedReference[]) {
	const keys = new Set(rows.map(referenceKey));
	const found = new Map<string, ExistingImport>();
	const stored = db
		.select({
			municipality: referenceResults.municipality,
			country: referenceResults.country,
			year: referenceResults.year,
			importId: referenceResults.importId,
			createdAt: referenceResults.createdAt
		})
		.from(referenceResults)
		.where(eq(referenceResults.questionnaireId, questionnaireId))
		.all();
	for (const r of stored) {
		if (!keys.delete(referenceKey(r))) continue;
		const seen = found.get(r.importId) ?? { importId: r.importId, createdAt: r.createdAt, count: 0 };
		seen.count++;
		found.set(r.importId, seen);
	}
	return [...found.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export function previewReferenceImport(
	db: Db,
	user: SessionUser,
	questionnaire: Questionnaire,
	csvText: string
): ReferencePreview {
	requireAdmin(user);
	const result = parseWithinLimits(questionnaire, csvText);
	const existing = existingImports(db, questionnaire.framework.id, result.rows);
	const clean = result.errorCount === 0 && existing.length === 0;
	return { ...result, existing, wouldWrite: clean ? result.rows.length : 0 };
}

/** Refuses a file with rows that earlier imports hold, naming how many and when they were imported. */
function alreadyImported(existing: ExistingImport[], locale: Locale): ServiceError {
	const format = new Intl.DateTimeFormat(FORMAT_LOCALES[locale], { dateStyle: 'medium', timeStyle: 'short' });
	return new ServiceError(409, 'error.import_exists', {
		count: existing.reduce((n, e) => n + e.count, 0),
		dates: existing.map((e) => format.format(e.createdAt)).join('; ')
	});
}

type Writer = Pick<Db, 'insert'>;

/** Rows per INSERT statement, well under SQLite's limit of bound variables. */
const CHUNK = 200;

/**
 * Writes validated rows as one import. The caller holds the transaction; importReferenceResults and the
 * demo seed both write through here.
 */
export function writeReferenceRows(
	tx: Writer,
	input: { questionnaireId: string; importedBy: string | null; rows: ParsedReference[]; now?: Date }
): { importId: string; count: number } {
	const importId = newId();
	const createdAt = input.now ?? new Date();
	for (let i = 0; i < input.rows.length; i += CHUNK) {
		tx.insert(referenceResults)
			.values(
				input.rows.slice(i, i + CHUNK).map((r) => ({
					id: newId(),
					importId,
					questionnaireId: input.questionnaireId,
					municipality: r.municipality,
					country: r.country,
					year: r.year,
					population: r.population,
					diversityShare: r.diversityShare,
					diversityMeasure: r.diversityMeasure,
					overall: r.overall,
					areaScores: JSON.stringify(r.areaScores),
					source: r.source,
					synthetic: r.synthetic,
					importedBy: input.importedBy,
					createdAt
				}))
			)
			.run();
	}
	return { importId, count: input.rows.length };
}

/**
 * Writes every row or, when any row has an error or is already stored, nothing at all. The locale is
 * the one the refusal's import dates are written in.
 */
export function importReferenceResults(
	db: Db,
	user: SessionUser,
	questionnaire: Questionnaire,
	csvText: string,
	locale: Locale = 'en'
): { importId: string; count: number } {
	requireAdmin(user);
	const result = parseWithinLimits(questionnaire, csvText);
	if (result.errorCount > 0) {
		throw new ServiceError(400, 'error.import_has_errors', { count: result.errorCount });
	}
	const questionnaireId = questionnaire.framework.id;
	const imported = db.transaction((tx) => {
		// Checked inside the transaction, so two admins importing the same file at once cannot both succeed.
		const existing = existingImports(tx, questionnaireId, result.rows);
		if (existing.length > 0) throw alreadyImported(existing, locale);
		const written = writeReferenceRows(tx, { questionnaireId, importedBy: user.id, rows: result.rows });
		writeAudit(tx, {
			actorUserId: user.id,
			action: 'import',
			entity: 'reference_import',
			entityId: written.importId,
			newValue: {
				questionnaireId,
				count: written.count,
				synthetic: result.rows.filter((r) => r.synthetic).length
			}
		});
		return written;
	});
	invalidatePeerSample(db, questionnaireId);
	return imported;
}

export function listReferenceImports(db: Db, user: SessionUser): ReferenceImportSummary[] {
	requireAdmin(user);
	const first = sql<number>`min(${referenceResults.createdAt})`;
	return db
		.select({
			importId: referenceResults.importId,
			questionnaireId: referenceResults.questionnaireId,
			count: sql<number>`count(*)`,
			syntheticCount: sql<number>`sum(${referenceResults.synthetic})`,
			createdAt: first,
			importerName: users.name
		})
		.from(referenceResults)
		.leftJoin(users, eq(users.id, referenceResults.importedBy))
		.groupBy(referenceResults.importId, referenceResults.questionnaireId, users.name)
		.orderBy(desc(first), referenceResults.importId)
		.all()
		.map((r) => ({
			...r,
			count: Number(r.count),
			syntheticCount: Number(r.syntheticCount ?? 0),
			createdAt: new Date(Number(r.createdAt))
		}));
}

export function deleteReferenceImport(db: Db, user: SessionUser, importId: string): { count: number } {
	requireAdmin(user);
	const { count, questionnaireId } = db.transaction((tx) => {
		const deleted = tx
			.delete(referenceResults)
			.where(eq(referenceResults.importId, importId))
			.returning({
				questionnaireId: referenceResults.questionnaireId,
				synthetic: referenceResults.synthetic
			})
			.all();
		if (deleted.length === 0) throw new ServiceError(404, 'error.not_found');
		writeAudit(tx, {
			actorUserId: user.id,
			action: 'delete',
			entity: 'reference_import',
			entityId: importId,
			oldValue: {
				questionnaireId: deleted[0]!.questionnaireId,
				count: deleted.length,
				synthetic: deleted.filter((r) => r.synthetic).length
			}
		});
		return { count: deleted.length, questionnaireId: deleted[0]!.questionnaireId };
	});
	invalidatePeerSample(db, questionnaireId);
	return { count };
}

function parseAreaScores(json: string): Record<string, number> {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return {};
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
	return Object.fromEntries(
		Object.entries(value).filter(
			(e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])
		)
	);
}

/** Reference data for the comparison engine; not personal or municipal data, so no access check. */
export function listReferenceResults(db: Db, questionnaireId: string): ReferenceResultRow[] {
	return db
		.select()
		.from(referenceResults)
		.where(eq(referenceResults.questionnaireId, questionnaireId))
		.orderBy(referenceResults.municipality, referenceResults.year)
		.all()
		.map((r) => ({ ...r, areaScores: parseAreaScores(r.areaScores) }));
}
