import { describe, expect, it } from 'vitest';
import { safeFileName, sniffFileType, zipEntryNames } from '../../src/lib/domain/evidence/file-sniff';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A ZIP local file header for an entry of this name (sizes zero, as when a data descriptor follows). */
function localEntry(name: string, content = ''): number[] {
	const header = new Uint8Array(30);
	const view = new DataView(header.buffer);
	view.setUint32(0, 0x04034b50, true);
	view.setUint16(26, name.length, true);
	return [...header, ...bytes(name, content)];
}
/** A central directory header naming the entry. */
function centralEntry(name: string): number[] {
	const header = new Uint8Array(46);
	const view = new DataView(header.buffer);
	view.setUint32(0, 0x02014b50, true);
	view.setUint16(28, name.length, true);
	return [...header, ...bytes(name)];
}
const zip = (...names: string[]) =>
	new Uint8Array([...names.flatMap((n) => localEntry(n, 'xxxx')), ...names.flatMap(centralEntry)]);

describe('file types from their bytes', () => {
	it.each([
		['application/pdf', bytes('%PDF-1.4\n')],
		['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
		['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
		['image/gif', bytes('GIF89a')],
		['image/webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
		[
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			zip('[Content_Types].xml', '_rels/.rels', 'word/document.xml')
		],
		[
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			zip('[Content_Types].xml', 'xl/workbook.xml')
		],
		[
			'application/vnd.oasis.opendocument.text',
			new Uint8Array(localEntry('mimetype', 'application/vnd.oasis.opendocument.text'))
		]
	])('recognises %s', (type, head) => {
		expect(sniffFileType(head)?.contentType).toBe(type);
	});

	it('finds the entries of a DOCX in the central directory at its end when the start does not show them', () => {
		const head = new Uint8Array(localEntry('[Content_Types].xml', 'x'.repeat(100)));
		const tail = new Uint8Array([
			...centralEntry('[Content_Types].xml'),
			...centralEntry('word/document.xml')
		]);
		expect(sniffFileType(head, tail)?.extension).toBe('docx');
		expect(zipEntryNames(tail)).toEqual(['[Content_Types].xml', 'word/document.xml']);
	});

	it.each([
		['a Windows program', bytes('MZ', [0x90, 0, 3, 0])],
		['a Linux program', bytes([0x7f], 'ELF', [2, 1, 1])],
		['a shell script', bytes('#!/bin/sh\nrm -rf /\n')],
		['HTML', bytes('<!doctype html><script>alert(1)</script>')],
		['a plain ZIP archive', zip('setup.exe')],
		['a ZIP with a word/ folder but no Office manifest', zip('word/evil.exe')],
		[
			'an OpenDocument spreadsheet template',
			new Uint8Array(localEntry('mimetype', 'application/vnd.oasis.opendocument.text-template'))
		],
		['an empty file', new Uint8Array(0)]
	])('refuses %s', (_, head) => {
		expect(sniffFileType(head)).toBeNull();
	});

	it('makes names safe for headers and disks, with the extension of the sniffed type', () => {
		expect(safeFileName('Päätös "2026".exe', 'pdf')).toBe('Päätös _2026_.pdf');
		expect(safeFileName('../../etc/passwd', 'png')).toBe('_.._etc_passwd.png');
		expect(safeFileName('...', 'docx')).toBe('evidence.docx');
		expect(safeFileName('a\r\nb.odt', 'odt')).toBe('a_b.odt');
	});
});
