import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '../db/client';
import { newId } from '../ids';

/**
 * Evidence files on disk, by content: `<data folder>/evidence-files/ab/abcdef…` where the name is the
 * file's SHA-256. Kept out of the database so that it stays small and fast to back up while files are
 * many megabytes; the data folder is the folder of DATABASE_URL, so one folder holds all the app's data.
 */
export function blobDir(db: Pick<Db, '$client'>): string {
	const file = db.$client.name;
	// An in-memory database (tests) gets a folder of its own that no other process shares.
	const base =
		file === ':memory:' || file === '' ? join(tmpdir(), `gri-memory-${process.pid}`) : dirname(file);
	return join(base, 'evidence-files');
}

export function blobPath(dir: string, sha256: string): string {
	return join(dir, sha256.slice(0, 2), sha256);
}

/** The head and tail kept while streaming: what the type sniffer reads. */
const SNIFF_BYTES = 64 * 1024;

export interface WrittenBlob {
	sha256: string;
	size: number;
	head: Uint8Array;
	tail: Uint8Array;
	/** Moves the file into place under its hash (a no-op when that content is stored already). */
	commit(): Promise<void>;
	/** Deletes the temporary file. */
	discard(): Promise<void>;
}

export class BlobTooLarge extends Error {}

/**
 * Streams a body into a temporary file next to the store, hashing as it goes; aborts as soon as it
 * passes `maxBytes`. Nothing is visible under a hash until commit(), which renames the complete file, so a
 * broken upload never leaves half a file where a download would find it.
 */
export async function writeBlob(
	dir: string,
	body: ReadableStream<Uint8Array>,
	maxBytes: number
): Promise<WrittenBlob> {
	mkdirSync(join(dir, 'tmp'), { recursive: true });
	const temp = join(dir, 'tmp', `${newId()}.part`);
	const hash = createHash('sha256');
	const head = new Uint8Array(SNIFF_BYTES);
	let headLength = 0;
	let tail: Uint8Array = new Uint8Array(0);
	let size = 0;
	let handle: FileHandle | undefined;
	try {
		handle = await open(temp, 'wx', 0o600);
		const reader = body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > maxBytes) {
				await reader.cancel();
				throw new BlobTooLarge();
			}
			hash.update(value);
			if (headLength < SNIFF_BYTES) {
				const part = value.subarray(0, SNIFF_BYTES - headLength);
				head.set(part, headLength);
				headLength += part.byteLength;
			}
			tail = lastBytes(tail, value);
			await handle.write(value);
		}
		await handle.sync();
	} catch (e) {
		await handle?.close();
		await rm(temp, { force: true });
		throw e;
	}
	await handle.close();
	const sha256 = hash.digest('hex');
	return {
		sha256,
		size,
		head: head.subarray(0, headLength),
		tail,
		async commit() {
			const target = blobPath(dir, sha256);
			mkdirSync(dirname(target), { recursive: true });
			await rename(temp, target);
		},
		discard: () => rm(temp, { force: true })
	};
}

function lastBytes(previous: Uint8Array, chunk: Uint8Array): Uint8Array {
	if (chunk.byteLength >= SNIFF_BYTES) return chunk.slice(chunk.byteLength - SNIFF_BYTES);
	const keep = Math.min(previous.byteLength, SNIFF_BYTES - chunk.byteLength);
	const next = new Uint8Array(keep + chunk.byteLength);
	next.set(previous.subarray(previous.byteLength - keep), 0);
	next.set(chunk, keep);
	return next;
}

/** The stored file as a web stream, or null when it is missing on disk. */
export function readBlob(dir: string, sha256: string): { stream: ReadableStream; size: number } | null {
	const path = blobPath(dir, sha256);
	try {
		const { size } = statSync(path);
		return { stream: Readable.toWeb(createReadStream(path)) as ReadableStream, size };
	} catch {
		return null;
	}
}

export function deleteBlob(dir: string, sha256: string): void {
	rmSync(blobPath(dir, sha256), { force: true });
}
