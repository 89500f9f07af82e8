import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { docxTexts } from '../helpers/docx-text';
import { outlineToDocx } from '../../src/lib/server/strategy-docx';
import { strategyOutlineFixture } from '../fixtures/strategy-outline';

/** The files of a zip archive by name: just enough of the format for the archives docx writes. */
function unzip(zip: Buffer): Map<string, Buffer> {
	const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
	const count = zip.readUInt16LE(eocd + 10);
	let at = zip.readUInt32LE(eocd + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
		const method = zip.readUInt16LE(at + 10);
		const size = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const extraLength = zip.readUInt16LE(at + 30);
		const commentLength = zip.readUInt16LE(at + 32);
		const local = zip.readUInt32LE(at + 42);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const data = zip.subarray(dataStart, dataStart + size);
		if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported compression ${method}`);
		files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}

/** Without printing the whole XML when it fails. */
const expectContains = (xml: string, text: string) =>
	expect(xml.includes(text), `the XML should contain ${JSON.stringify(text)}`).toBe(true);

const tmp = mkdtempSync(join(tmpdir(), 'strategy-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('outlineToDocx', () => {
	it('writes a DOCX archive with the municipality, the measures and the section headings', async () => {
		const docx = await outlineToDocx(strategyOutlineFixture('en'));
		expect(docx.subarray(0, 2).toString()).toBe('PK');
		const files = unzip(docx);
		expect(files.has('[Content_Types].xml')).toBe(true);
		const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
		expectContains(xml, 'Koivuranta');
		expectContains(xml, 'City library');
		expectContains(xml, 'Language café | weekly in the library');
		for (const heading of [
			'1 Vision and principles',
			'2 Situation picture',
			'3 Objectives',
			'4 Measures',
			'5 Monitoring indicators',
			'6 Governance and participation',
			'7 Links to other plans',
			'8 Follow-up'
		]) {
			expectContains(xml, heading);
		}
		expect(xml.indexOf('1 Vision and principles')).toBeLessThan(xml.indexOf('8 Follow-up'));
		expectContains(xml, 'w:tblHeader');
		const footers = [...files.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
		const footerXml = footers.map(([, data]) => data.toString('utf8')).join('');
		expectContains(footerXml, 'NUMPAGES');
		expectContains(footerXml, 'PAGE');
	});

	it('writes the fixed texts in the outline language', async () => {
		const files = unzip(await outlineToDocx(strategyOutlineFixture('fi')));
		const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
		expectContains(xml, '1 Visio ja periaatteet');
		expectContains(xml, '4 Toimenpiteet');
		expectContains(xml, 'Vastuutaho');
		expectContains(files.get('word/styles.xml')?.toString('utf8') ?? '', '<w:lang w:val="fi-FI"/>');
		expect(xml.includes('Monitoring indicators')).toBe(false);
	});

	it('opens in LibreOffice: the PDF it prints has the municipality and a measure owner', async () => {
		const file = join(tmp, 'strategy.docx');
		writeFileSync(file, await outlineToDocx(strategyOutlineFixture('en')));
		const text = docxTexts([file], tmp, 120_000)[0]!;
		const pdf = join(tmp, 'strategy.pdf');
		expect(existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);
		expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
		expect(text).toContain('Koivuranta');
		expect(text).toContain('City library');
		expect(text).toContain('8 Follow-up');
		expect(text).toMatch(/Page 2 of \d/);
	}, 150_000);
});
