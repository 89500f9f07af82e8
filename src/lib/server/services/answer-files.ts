import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { safeFileName, sniffFileType } from '../../domain/evidence/file-sniff';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { stageAllows } from '../../domain/round-permissions';
import type { SessionUser } from '../auth';
import { config } from '../config';
import type { Db } from '../db/client';
import { answerFiles, users } from '../db/schema';
import { BlobTooLarge, blobDir, deleteBlob, readBlob, writeBlob } from '../files/blob-store';
import { newId } from '../ids';
import { writeAudit } from './audit';
import { notFound, ServiceError } from './errors';
import { roundFor } from './round-access';

/** Files one answer may carry, so one person cannot fill the disk through a single question. */
export const MAX_FILES_PER_ANSWER = 20;
const MAX_NAME = 255;

export function evidenceFileMaxBytes(): number {
	return Math.floor(config().EVIDENCE_FILE_MAX_MB * 1024 * 1024);
}

export interface AnswerFile {
	id: string;
	questionCode: string;
	name: string;
	contentType: string;
	size: number;
	uploadedByName: string | null;
	createdAt: Date;
}

/** Checks that the user may answer this question now: the same rule as an autosave. */
function answerableRound(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	questionCode: string
) {
	const { round, questionnaire } = roundFor(db, questionnaires, user, roundId, 'answer');
	if (!stageAllows(round.status, 'answer')) throw new ServiceError(409, 'error.round_locked');
	if (!questionnaire.areas.some((a) => a.questions.some((q) => q.code === questionCode)))
		throw new ServiceError(400, 'error.question_unknown');
	return round;
}

/**
 * Stores an uploaded file as evidence of one answer: streamed to a temporary file while hashed, its type
 * sniffed from the bytes, then its row written and the file renamed into place. Refuses a file over the
 * limit as soon as it passes it, and any type that is not a document or an image.
 */
export async function uploadAnswerFile(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	questionCode: string,
	upload: { name: string; body: ReadableStream<Uint8Array> | null; maxBytes?: number }
): Promise<AnswerFile> {
	const round = answerableRound(db, questionnaires, user, roundId, questionCode);
	const maxBytes = upload.maxBytes ?? evidenceFileMaxBytes();
	const params = { max: Math.round(maxBytes / 1024 / 1024) };
	const attached = db
		.select({ n: count() })
		.from(answerFiles)
		.where(and(eq(answerFiles.roundId, roundId), eq(answerFiles.questionCode, questionCode)))
		.get()!.n;
	if (attached >= MAX_FILES_PER_ANSWER) throw new ServiceError(409, 'error.file_too_many');
	if (!upload.body || upload.name.length > MAX_NAME) throw new ServiceError(400, 'error.invalid');
	const dir = blobDir(db);
	let blob;
	try {
		blob = await writeBlob(dir, upload.body, maxBytes);
	} catch (e) {
		if (e instanceof BlobTooLarge) throw new ServiceError(413, 'error.file_too_large', params);
		throw e;
	}
	const type = blob.size > 0 ? sniffFileType(blob.head, blob.tail) : null;
	if (!type) {
		await blob.discard();
		throw new ServiceError(415, 'error.file_type');
	}
	const row = {
		id: newId(),
		roundId,
		questionCode,
		sha256: blob.sha256,
		name: safeFileName(upload.name, type.extension),
		contentType: type.contentType,
		size: blob.size,
		uploadedBy: user.id,
		createdAt: new Date()
	};
	// The row first: a removal running meanwhile then sees that the content is still referenced.
	try {
		db.transaction((tx) => {
			// Checked again: the round may have been submitted while the file was on its way (same connection).
			answerableRound(db, questionnaires, user, roundId, questionCode);
			tx.insert(answerFiles).values(row).run();
			writeAudit(tx, {
				actorUserId: user.id,
				municipalityId: round.municipalityId,
				action: 'attach_file',
				entity: 'answer_file',
				entityId: `${roundId}:${questionCode}`,
				newValue: { id: row.id, name: row.name, size: row.size, sha256: row.sha256 }
			});
		});
		await blob.commit();
	} catch (e) {
		await blob.discard();
		db.delete(answerFiles).where(eq(answerFiles.id, row.id)).run();
		throw e;
	}
	return {
		id: row.id,
		questionCode,
		name: row.name,
		contentType: row.contentType,
		size: row.size,
		uploadedByName: user.name,
		createdAt: row.createdAt
	};
}

/** Detaches a file from its answer; its content is deleted from disk once no answer refers to it. */
export function removeAnswerFile(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	fileId: string
): void {
	const file = db
		.select()
		.from(answerFiles)
		.where(and(eq(answerFiles.id, fileId), eq(answerFiles.roundId, roundId)))
		.get();
	if (!file) throw notFound();
	const round = answerableRound(db, questionnaires, user, roundId, file.questionCode);
	const unreferenced = db.transaction((tx) => {
		tx.delete(answerFiles).where(eq(answerFiles.id, fileId)).run();
		writeAudit(tx, {
			actorUserId: user.id,
			municipalityId: round.municipalityId,
			action: 'remove_file',
			entity: 'answer_file',
			entityId: `${roundId}:${file.questionCode}`,
			oldValue: { id: file.id, name: file.name, size: file.size, sha256: file.sha256 }
		});
		return (
			tx.select({ n: count() }).from(answerFiles).where(eq(answerFiles.sha256, file.sha256)).get()!.n === 0
		);
	});
	if (unreferenced) deleteBlob(blobDir(db), file.sha256);
}

/** The files of a round's answers by question, for pages that have checked access to the round. */
export function listAnswerFiles(
	db: Db,
	roundId: string,
	questionCodes?: Iterable<string>
): Record<string, AnswerFile[]> {
	const codes = questionCodes ? [...questionCodes] : null;
	const rows = db
		.select({ file: answerFiles, name: users.name })
		.from(answerFiles)
		.leftJoin(users, eq(answerFiles.uploadedBy, users.id))
		.where(
			codes
				? and(eq(answerFiles.roundId, roundId), inArray(answerFiles.questionCode, codes))
				: eq(answerFiles.roundId, roundId)
		)
		.orderBy(asc(answerFiles.createdAt), asc(answerFiles.id))
		.all();
	const byQuestion: Record<string, AnswerFile[]> = {};
	for (const { file, name } of rows)
		(byQuestion[file.questionCode] ??= []).push({
			id: file.id,
			questionCode: file.questionCode,
			name: file.name,
			contentType: file.contentType,
			size: file.size,
			uploadedByName: name,
			createdAt: file.createdAt
		});
	return byQuestion;
}

/** A file to download, for anyone who may read the round; another municipality's file is a 404. */
export function openAnswerFile(
	db: Db,
	questionnaires: ReadonlyMap<string, Questionnaire>,
	user: SessionUser,
	roundId: string,
	fileId: string
): { name: string; contentType: string; size: number; stream: ReadableStream } {
	roundFor(db, questionnaires, user, roundId, 'view_municipality');
	const file = db
		.select()
		.from(answerFiles)
		.where(and(eq(answerFiles.id, fileId), eq(answerFiles.roundId, roundId)))
		.get();
	if (!file) throw notFound();
	const blob = readBlob(blobDir(db), file.sha256);
	if (!blob) throw notFound();
	return { name: file.name, contentType: file.contentType, size: blob.size, stream: blob.stream };
}
