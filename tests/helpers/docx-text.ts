import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** A program on PATH (or at the usual Debian place), or null. */
function findProgram(name: string): string | null {
	if (existsSync(`/usr/bin/${name}`)) return `/usr/bin/${name}`;
	const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
	return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/**
 * The DOCX files as a municipality would open them: printed to PDF by LibreOffice (all in one run, into
 * `outDir`, with a throw-away profile so parallel runs do not share one), then each PDF's text on one line.
 * `-raw` keeps the text of each table cell together; the layout mode interleaves wrapped columns.
 */
export function docxTexts(files: string[], outDir: string, timeout = 150_000): string[] {
	const libreoffice = findProgram('soffice') ?? findProgram('libreoffice');
	const pdftotext = findProgram('pdftotext');
	if (!libreoffice || !pdftotext)
		throw new Error(
			'This test needs LibreOffice and pdftotext: apt-get install -y libreoffice-writer-nogui poppler-utils (.ci/run installs them)'
		);
	const profile = join(tmpdir(), `lo-${randomBytes(8).toString('hex')}`);
	try {
		execFileSync(
			libreoffice,
			[
				`-env:UserInstallation=file://${profile}`,
				'--headless',
				'--convert-to',
				'pdf',
				'--outdir',
				outDir,
				...files
			],
			{ timeout, stdio: 'pipe' }
		);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	return files.map((file) => {
		const pdf = join(outDir, basename(file).replace(/\.docx$/, '.pdf'));
		if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${basename(file)}`);
		return execFileSync(pdftotext, ['-raw', pdf, '-'], { encoding: 'utf8', timeout: 30_000 }).replace(
			/\s+/g,
			' '
		);
	});
}
