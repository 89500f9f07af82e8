import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';
import { DEMO, expectAccessible, signIn } from './helpers';

/** Rows of this test's own peers in the shared e2e database. */
function storedRows(suffix: string): number {
	const db = new Database(E2E_DB, { readonly: true });
	const { n } = db
		.prepare('select count(*) as n from reference_results where municipality like ?')
		.get(`%${suffix}`) as { n: number };
	db.close();
	return n;
}

test('the admin checks a reference CSV, sees every error, corrects it, imports it and deletes it', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await page.getByRole('link', { name: 'Administration', exact: true }).click();
	await page.getByRole('link', { name: /^Reference results for peer comparison/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Reference results for peer comparison' })
	).toBeVisible();
	await expectAccessible(page);

	// The template is the header line the file must start with.
	const template = await page.request.get('/admin/peers/template.csv');
	expect(template.status()).toBe(200);
	const header = (await template.text()).trim();
	const columns = header.split(',');
	expect(columns.slice(0, 8)).toEqual([
		'municipality',
		'country',
		'year',
		'population',
		'diversity_share',
		'diversity_measure',
		'overall',
		'commitment'
	]);

	const imports = page.getByTestId('reference-import');
	const before = await imports.count();
	expect(before).toBeGreaterThan(0); // the demo's synthetic peers

	const suffix = `e2e-${Date.now().toString(36)}`;
	const first = `Peer one ${suffix}`;
	const second = `Peer two ${suffix}`;
	const line = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');
	const good = (name: string) => ({
		municipality: name,
		country: 'se',
		year: '2025',
		population: '88 000',
		diversity_share: '"11,5"',
		diversity_measure: 'foreign_born',
		overall: '62.5',
		commitment: '70',
		lens: '55',
		source: 'E2E test report',
		synthetic: 'true'
	});

	const textarea = page.getByLabel('Or paste the CSV text');
	await textarea.fill(
		[header, line(good(first)), line({ ...good(second), year: '1980', overall: '120' })].join('\n')
	);
	await page.getByRole('button', { name: 'Check and preview' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'The file has 2 errors. Nothing was imported: correct them and check again.'
	);
	const errors = page.getByRole('table', { name: 'Errors by row and column' });
	await expect(errors.getByRole('row')).toHaveCount(3);
	await expect(errors.getByRole('row').nth(1).getByRole('cell')).toHaveText([
		'2',
		'year',
		'1980',
		'Enter a year between 1990 and 2100.'
	]);
	await expect(errors.getByRole('row').nth(2).getByRole('cell')).toHaveText([
		'2',
		'overall',
		'120',
		'Enter a score between 0 and 100.'
	]);
	await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
	await expect(imports).toHaveCount(before);
	expect(storedRows(suffix)).toBe(0);
	await expectAccessible(page);

	// The text stays in the box to be corrected.
	await expect(textarea).toHaveValue(/1980/);
	await textarea.fill([header, line(good(first)), line(good(second))].join('\r\n'));
	await page.getByRole('button', { name: 'Check and preview' }).click();
	await expect(page.getByText('No errors: 2 rows can be imported.')).toBeVisible();
	const preview = page.getByRole('table', { name: 'Preview: the first 2 of 2 rows' });
	await expect(preview.getByRole('rowheader', { name: first })).toBeVisible();
	await expect(preview.getByRole('rowheader', { name: second })).toBeVisible();
	expect(storedRows(suffix)).toBe(0);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Import 2 rows' }).click();
	await expect(page).toHaveURL(/\/admin\/peers\?imported=2$/);
	await expect(page.getByRole('status')).toHaveText('2 reference results were imported.');
	await expect(imports).toHaveCount(before + 1);
	const newest = imports.first();
	await expect(newest).toContainText('Aino Admin (demo)');
	await expect(newest.getByRole('cell').nth(3)).toHaveText('2');
	await expect(newest.getByRole('cell').nth(4)).toHaveText('2');
	expect(storedRows(suffix)).toBe(2);
	await expectAccessible(page);

	// Deleting asks first and removes the whole import.
	page.once('dialog', (dialog) => dialog.accept());
	await newest.getByRole('button', { name: /^Delete/ }).click();
	await expect(page).toHaveURL(/\/admin\/peers\?deleted=1$/);
	await expect(page.getByRole('status')).toHaveText('The import was deleted.');
	await expect(imports).toHaveCount(before);
	expect(storedRows(suffix)).toBe(0);
	await expectAccessible(page);
});

test('only an admin gets the reference import page and its template', async ({ page }) => {
	await signIn(page, DEMO.coordinator);
	expect((await page.goto('/admin/peers'))?.status()).toBe(404);
	expect((await page.request.get('/admin/peers/template.csv')).status()).toBe(404);
});

test('a chosen CSV file is checked like pasted text and lands in the text box for correcting', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await page.goto('/admin/peers');
	const header = (await (await page.request.get('/admin/peers/template.csv')).text()).trim();
	// municipality, country, year, population, share, its measure, overall; blank areas; source, synthetic.
	const row = `File peer ${Date.now().toString(36)},FIN,2025,1000,5,foreign_born,50,${','.repeat(header.split(',').length - 9)}report,true`;
	await page.getByLabel('CSV file').setInputFiles({
		name: 'peers.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`\ufeff${header}\r\n${row}\r\n`)
	});
	await page.getByRole('button', { name: 'Check and preview' }).click();
	await expect(page.getByRole('alert')).toContainText('The file has 1 error.');
	await expect(
		page.getByRole('table', { name: 'Errors by row and column' }).getByRole('row').nth(1).getByRole('cell')
	).toHaveText(['1', 'country', 'FIN', 'Enter a two-letter country code, e.g. FI.']);
	await expect(page.getByLabel('Or paste the CSV text')).toHaveValue(/FIN,2025/);
	await expect(page.getByLabel('CSV file')).toHaveValue('');
});
