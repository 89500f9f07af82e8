import { request } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, inLanguage, signIn } from './helpers';
import { demoRound2026 } from './answering-helpers';
import { openRound } from './round-helpers';

const question = (page: Page, code: string) => page.locator(`#q-${code}`);
const status = (page: Page, code: string) => question(page, code).locator('[data-status]');
const PLAN = 'com-integration-plan';

/**
 * The status the server answers to an upload that announces `bytes` and has not sent them yet. The server
 * refuses an oversized upload before reading it and closes the connection, so a client still writing 30 MB
 * can fail with EPIPE before it reads the answer: announcing without sending makes the check deterministic.
 */
async function announcedUpload(page: Page, path: string, bytes: number): Promise<number> {
	const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	return new Promise((resolve, reject) => {
		const req = request(new URL(path, page.url()), {
			method: 'POST',
			headers: {
				cookie,
				origin: new URL(page.url()).origin,
				'x-forwarded-for': '127.0.0.1',
				'content-type': 'application/octet-stream',
				'x-file-name': 'big.pdf',
				'content-length': String(bytes)
			}
		});
		req.on('response', (res) => {
			resolve(res.statusCode ?? 0);
			req.destroy();
		});
		req.on('error', reject);
		req.flushHeaders();
	});
}

/** A small real PDF, made here rather than committed. */
const pdf = (text: string) =>
	Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

test('evidence is stored exactly as the card shows it, across reloads', async ({ page }) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2045);
	await page.goto(`/rounds/${roundId}/areas/commitment`);
	const card = question(page, PLAN);
	const url1 = card.getByLabel('Address of evidence link 1');
	const title1 = card.getByLabel('Title of evidence link 1');

	// An address without a scheme, then a title: both are saved, the address as https.
	await url1.fill('www.testila.fi/kielikurssit');
	await title1.fill('Kielikurssit');
	await title1.blur();
	await expect(status(page, PLAN)).toContainText('Saved. Last answered by');
	await expect(url1).toHaveValue('https://www.testila.fi/kielikurssit');
	await page.reload();
	await expect(url1).toHaveValue('https://www.testila.fi/kielikurssit');
	await expect(title1).toHaveValue('Kielikurssit');

	// A title typed before its address is kept as a draft row, with a hint, and survives a reload.
	const url2 = card.getByLabel('Address of evidence link 2');
	const title2 = card.getByLabel('Title of evidence link 2');
	await title2.fill('Kotoutumisohjelma 2026');
	await title2.blur();
	await expect(status(page, PLAN)).toContainText('Saved. Last answered by');
	await expect(card.getByText('Draft: add the address of this document')).toBeVisible();
	await page.reload();
	await expect(title2).toHaveValue('Kotoutumisohjelma 2026');
	await expect(url2).toHaveValue('');
	await expect(url2).toHaveAccessibleDescription(/Draft: add the address/);

	// An address that is not one: an error beside the field, and the card never says "Saved".
	await url2.fill('kielikurssit');
	await url2.blur();
	await expect(url2).toHaveAttribute('aria-invalid', 'true');
	await expect(url2).toHaveAccessibleDescription(/Check the address/);
	await expect(status(page, PLAN)).toContainText('Not saved: Check the address');
	await expectAccessible(page);
	// An unsafe one is refused as such; a real address then saves the row with its title.
	await url2.fill('javascript:alert(1)');
	await url2.blur();
	await expect(status(page, PLAN)).toContainText('Not saved: Addresses starting with javascript:');
	await url2.fill('testila.fi/ohjelma.pdf');
	await url2.blur();
	await expect(status(page, PLAN)).toContainText('Saved. Last answered by');
	await page.reload();
	await expect(url2).toHaveValue('https://testila.fi/ohjelma.pdf');
	await expect(title2).toHaveValue('Kotoutumisohjelma 2026');
	await expect(url1).toHaveValue('https://www.testila.fi/kielikurssit');

	// The history says what changed in the evidence, not only in the option.
	await card.getByText(/^History \(/).click();
	await expect(card.locator('.history')).toContainText('Evidence');
	await expect(card.locator('.history')).toContainText('added Kielikurssit');
});

test('files attach, download and detach; wrong types and sizes are refused with a clear message', async ({
	page
}) => {
	// 30 MB goes through the browser and once to the server: slow on a busy machine.
	test.setTimeout(180_000);
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2046);
	await page.goto(`/rounds/${roundId}/areas/commitment`);
	const card = question(page, PLAN);
	const input = card.getByLabel('Attach a file');
	await expect(input).toHaveAccessibleDescription(/at most 20 MB/);

	await input.setInputFiles({ name: 'Päätös 2026.pdf', mimeType: 'application/pdf', buffer: pdf('plan') });
	const link = card.getByRole('link', { name: 'Päätös 2026.pdf' });
	await expect(link).toBeVisible();
	// Said in the area page's one live region.
	await expect(page.getByTestId('announcer')).toHaveText('Attached: Päätös 2026.pdf');
	const href = await link.getAttribute('href');
	const download = await page.request.get(href!);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toBe('application/pdf');
	expect(download.headers()['x-content-type-options']).toBe('nosniff');
	expect(download.headers()['content-disposition']).toContain(
		"filename*=UTF-8''P%C3%A4%C3%A4t%C3%B6s%202026.pdf"
	);
	expect(await download.body()).toEqual(pdf('plan'));

	// A program named .pdf is refused by its bytes; nothing is listed.
	await input.setInputFiles({
		name: 'minutes.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])
	});
	await expect(card.getByRole('alert')).toHaveText(/This type of file cannot be attached/);
	await expect(input).toHaveAttribute('aria-invalid', 'true');
	await expect(card.getByRole('link', { name: 'minutes.pdf' })).toHaveCount(0);

	// 30 MB is over the limit: refused in the browser before sending, and by the server if sent anyway.
	const big = Buffer.alloc(30 * 1024 * 1024, 0x25);
	await input.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: big });
	await expect(card.getByRole('alert')).toHaveText('The file is too large: the limit is 20 MB.');
	expect(await announcedUpload(page, `/api/rounds/${roundId}/answers/${PLAN}/files`, big.length)).toBe(413);
	await expectAccessible(page);

	await page.reload();
	await expect(link).toBeVisible();
	await expect(card.getByText(/\(1 kB, added by Kaisa/)).toBeVisible();
	await card.getByRole('button', { name: 'Remove Päätös 2026.pdf' }).click();
	await expect(link).toHaveCount(0);
	await expect(input).toBeFocused();
	expect((await page.request.get(href!, { maxRedirects: 0 })).status()).toBe(404);
	await page.reload();
	await expect(link).toHaveCount(0);
});

test('the other municipality cannot download a file', async ({ page, browser }) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2047);
	await page.goto(`/rounds/${roundId}/areas/commitment`);
	await question(page, PLAN)
		.getByLabel('Attach a file')
		.setInputFiles({ name: 'a.pdf', mimeType: 'application/pdf', buffer: pdf('a') });
	const href = await question(page, PLAN).getByRole('link', { name: 'a.pdf' }).getAttribute('href');
	const other = await browser.newContext();
	const po = await other.newPage();
	await signIn(po, DEMO.otherCoordinator);
	expect((await po.request.get(href!)).status()).toBe(404);
	await other.close();
});

test('required questions are marked and counted; numbers read and show in Finnish', async ({ page }) => {
	await signIn(page, DEMO.member2);
	await page.goto(`/rounds/${demoRound2026()}/areas/commitment`);
	const marked = await page.locator('article.question h2').filter({ hasText: 'Required' }).count();
	expect(marked).toBeGreaterThan(0);
	expect(marked).toBeLessThan(await page.locator('article.question').count());
	await expect(page.locator('.progress-text')).toContainText(` of ${marked} answered`);
	await expect(page.getByText('Questions marked “Required” must be answered')).toBeVisible();
	await expect(question(page, 'com-budget').locator('h2')).not.toContainText('Required');
	await expectAccessible(page);

	await inLanguage(page, 'Suomi', async () => {
		await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
		const budget = question(page, 'com-budget').getByLabel(/Luku/);
		await budget.fill('12,5');
		await expect(status(page, 'com-budget')).toContainText('Tallennettu');
		await expect(budget).toHaveValue('12,5');
		await page.reload();
		await expect(budget).toHaveValue('12,5');
		await budget.fill('12,5x');
		await expect(question(page, 'com-budget').getByRole('alert')).toBeVisible();
	});
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.reload();
	await expect(question(page, 'com-budget').getByLabel(/Number/)).toHaveValue('12.5');
});
