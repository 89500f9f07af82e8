/**
 * What kind of file an upload is, read from its bytes: the name and the browser's type are not trusted.
 * `head` is the file's first bytes (64 kB are plenty), `tail` its last ones, where a ZIP keeps its
 * central directory (the list of entry names that tells a DOCX from an XLSX).
 */
export interface SniffedType {
	contentType: string;
	/** The extension a download gets, whatever the uploaded name said. */
	extension: string;
}

const PDF: SniffedType = { contentType: 'application/pdf', extension: 'pdf' };
const PNG: SniffedType = { contentType: 'image/png', extension: 'png' };
const JPEG: SniffedType = { contentType: 'image/jpeg', extension: 'jpg' };
const GIF: SniffedType = { contentType: 'image/gif', extension: 'gif' };
const WEBP: SniffedType = { contentType: 'image/webp', extension: 'webp' };
const DOCX: SniffedType = {
	contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	extension: 'docx'
};
const XLSX: SniffedType = {
	contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	extension: 'xlsx'
};
const ODT: SniffedType = { contentType: 'application/vnd.oasis.opendocument.text', extension: 'odt' };

/** Every type an evidence file may have. */
export const EVIDENCE_FILE_TYPES = [PDF, DOCX, XLSX, ODT, PNG, JPEG, GIF, WEBP] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
	return prefix.every((b, i) => bytes[at + i] === b);
}
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Names of ZIP entries found by their headers: local ones (PK\3\4) and central directory ones (PK\1\2). */
export function zipEntryNames(bytes: Uint8Array): string[] {
	const names: string[] = [];
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let i = 0; i + 46 <= bytes.length; i++) {
		if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
		let length = -1;
		let at = -1;
		if (bytes[i + 2] === 3 && bytes[i + 3] === 4) [length, at] = [view.getUint16(i + 26, true), i + 30];
		else if (bytes[i + 2] === 1 && bytes[i + 3] === 2) [length, at] = [view.getUint16(i + 28, true), i + 46];
		if (length > 0 && length <= 512 && at + length <= bytes.length)
			names.push(latin1(bytes.subarray(at, at + length)));
	}
	return names;
}

function sniffZip(head: Uint8Array, tail: Uint8Array): SniffedType | null {
	// An OpenDocument file starts with an uncompressed entry `mimetype` that holds its type.
	if (latin1(head.subarray(30, 38)) === 'mimetype') {
		const type = latin1(head.subarray(38, 38 + 60));
		if (type.startsWith('application/vnd.oasis.opendocument.text') && !type.startsWith(`${ODT.contentType}-`))
			return ODT;
		return null;
	}
	const names = [...zipEntryNames(head), ...zipEntryNames(tail)];
	if (!names.includes('[Content_Types].xml')) return null;
	if (names.some((n) => n.startsWith('word/'))) return DOCX;
	if (names.some((n) => n.startsWith('xl/'))) return XLSX;
	return null;
}

/** The file's type when it is one evidence may have; null for anything else (programs, archives, …). */
export function sniffFileType(head: Uint8Array, tail: Uint8Array = head): SniffedType | null {
	if (startsWith(head, ascii('%PDF-'))) return PDF;
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
	if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
	if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return GIF;
	if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return WEBP;
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(head, tail);
	return null;
}

/**
 * A file name safe for a Content-Disposition header and any file system: letters, digits and a few
 * marks kept (Finnish and Swedish letters included), the rest replaced, the sniffed extension enforced.
 */
export function safeFileName(name: string, extension: string): string {
	const base = name
		.normalize('NFC')
		.replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
		.replace(/\.[\p{L}\p{N}]{1,8}$/u, '')
		.replace(/^[.\s]+/, '')
		.trim()
		.slice(0, 120);
	return `${base || 'evidence'}.${extension}`;
}
