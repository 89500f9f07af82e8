import { desc, eq, sql } from 'drizzle-orm';
import {
	REFERENCE_CSV_MAX_BYTES,
	REFERENCE_CSV_MAX_ROWS,
	parseReferenceCsv,
	type ParsedReference,
	type ReferenceCsvResult
} from '../../domain/comparison/reference-csv';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { referenceResults, users, type ReferenceResult } from '../db/schema';
import { newId } from '../ids';
import { writeAudit } from './audit';
import { ServiceError } from './errors';

export interface ReferencePreview extends ReferenceCsvResult {
	/** Rows an import would write: all of them, or none when there is any error. */
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

export function previewReferenceImport(
	db: Db,
	user: SessionUser,
	questionnaire: Questionnaire,
	csvText: string
): ReferencePreview {
	requireAdmin(user);
	const result = parseWithinLimits(questionnaire, csvText);
	return { ...result, wouldWrite: result.errors.length > 0 ? 0 : result.rows.length };
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

/** Writes every row or, when any row has an error, nothing at all. */
export function importReferenceResults(
	db: Db,
	user: SessionUser,
	questionnaire: Questionnaire,
	csvText: string
): { importId: string; count: number } {
	requireAdmin(user);
	const result = parseWithinLimits(questionnaire, csvText);
	if (result.errors.length > 0) {
		throw new ServiceError(400, 'error.import_has_errors', { count: result.errors.length });
	}
	const questionnaireId = questionnaire.framework.id;
	return db.transaction((tx) => {
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
	return db.transaction((tx) => {
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
		return { count: deleted.length };
	});
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
