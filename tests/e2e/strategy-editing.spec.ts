import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';
import { publishedRound } from './round-helpers';

/** Resolves when the editor's next autosave of the working draft has been answered. */
const autosaved = (page: Page) =>
	page.waitForResponse((r) => r.url().endsWith('/strategy/draft') && r.request().method() === 'PUT');

test('the coordinator edits the strategy like a document and follows up its measures; a leader reads the status on a tablet', async ({
	page,
	browser
}) => {
	test.setTimeout(300_000);
	await signIn(page, DEMO.coordinator);
	const roundId = await publishedRound(page, browser, 2043);
	await page.goto(`/rounds/${roundId}/strategy`);
	await page.getByRole('button', { name: 'Choose all' }).click();
	await page.getByRole('button', { name: 'Draft the programme' }).click();
	await expect(page.getByText('Version 1', { exact: true })).toBeVisible();

	// Autosave: the edit survives a reload, and no version is made for it.
	const measures = page.locator('fieldset[data-measure]');
	const firstId = await measures.first().getAttribute('data-measure');
	let saved = autosaved(page);
	await measures.first().getByLabel('Responsible').fill('Youth services');
	expect((await saved).status()).toBe(200);
	await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'saved');
	await page.reload();
	await expect(measures.first().getByLabel('Responsible')).toHaveValue('Youth services');
	await expect(page.getByText('Version 1', { exact: true })).toBeVisible();
	await expect(page.getByText(/not yet saved as a version/)).toBeVisible();
	await expectAccessible(page);

	// Reordering is an edit of the draft too: no version, no jump to the top of the page.
	const down = measures.first().getByRole('button', { name: 'Move down' });
	await down.scrollIntoViewIfNeeded();
	const scrolled = await page.evaluate(() => window.scrollY);
	saved = autosaved(page);
	await down.click();
	expect((await saved).status()).toBe(200);
	await expect(measures.nth(1)).toHaveAttribute('data-measure', firstId!);
	await expect(page.locator(`#down-${firstId}`)).toBeFocused();
	// The page stays where the person works (the moved row in view), instead of reloading at the top.
	await expect(page.locator(`#down-${firstId}`)).toBeInViewport();
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(scrolled);
	await page.reload();
	await expect(measures.nth(1)).toHaveAttribute('data-measure', firstId!);
	await expect(page.getByText('Version 1', { exact: true })).toBeVisible();

	// A refused save keeps every typed edit and says which measure is wrong, beside its field.
	await page.getByLabel('Vision', { exact: true }).fill('A town where everyone belongs (new wording).');
	const third = measures.nth(2);
	await third.getByLabel('Start', { exact: true }).fill('2028-05');
	await third.getByLabel('End', { exact: true }).fill('2027-01');
	await page.getByRole('button', { name: 'Save as a new version' }).click();
	await expect(third.getByText('Measure 3: The end cannot be before the start.')).toBeVisible();
	await expect(third.getByLabel('End', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('alert')).toContainText('Measure 3');
	await expect(page.getByLabel('Vision', { exact: true })).toHaveValue(
		'A town where everyone belongs (new wording).'
	);
	await expect(measures.nth(1).getByLabel('Responsible')).toHaveValue('Youth services');
	await expect(page.getByText('Version 1', { exact: true })).toBeVisible();

	// Fixed, then saved as a version with a note, staying where the person was.
	await third.getByLabel('End', { exact: true }).fill('2029-06');
	await page.getByLabel('Note for this version (optional)').fill('Owners agreed with the board');
	const beforeSave = await page.evaluate(() => window.scrollY);
	await page.getByRole('button', { name: 'Save as a new version' }).click();
	await expect(page.locator('.alert-ok[role=status]')).toHaveText('Saved as version 2.');
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(Math.min(beforeSave, 1000) - 400);
	await expect(page.getByLabel('Vision', { exact: true })).toHaveValue(
		'A town where everyone belongs (new wording).'
	);

	await page.getByRole('link', { name: 'Versions' }).click();
	await expect(page.getByRole('cell', { name: 'Owners agreed with the board' })).toBeVisible();
	const diff = page.getByTestId('version-diff');
	await expect(diff.getByRole('cell', { name: 'Responsible', exact: true })).toBeVisible();
	await expect(diff.getByRole('cell', { name: 'Order of the measures' })).toBeVisible();
	await expect(diff.getByRole('cell', { name: 'owner', exact: true })).toHaveCount(0);
	await expectAccessible(page);

	// Follow-up: the status and a progress note of the moved measure.
	await page.getByRole('link', { name: 'Back to the strategy' }).click();
	await page.getByRole('link', { name: 'Follow-up of measures' }).click();
	const card = page.locator(`[data-follow="${firstId}"]`);
	await card.getByLabel('Status').selectOption({ label: 'In progress' });
	await card.getByRole('button', { name: /Save the status/ }).click();
	await expect(card.getByText('Status saved.')).toBeVisible();
	await card.getByLabel('Progress note').fill('Two schools joined the mentoring in March.');
	await card.getByRole('button', { name: /Add the note/ }).click();
	await expect(card.getByText('Two schools joined the mentoring in March.')).toBeVisible();
	await expect(page.getByTestId('status-counts')).toContainText('In progress: 1');
	await expectAccessible(page);

	// A leader reads the overview on a tablet, and on a phone without sideways scrolling.
	for (const viewport of [
		{ width: 1024, height: 1366 },
		{ width: 390, height: 844 }
	]) {
		const context = await browser.newContext({ viewport });
		const leader = await context.newPage();
		await signIn(leader, DEMO.leader);
		await leader.goto(`/rounds/${roundId}/strategy/follow-up`);
		await expect(leader.getByRole('heading', { name: 'Status overview' })).toBeVisible();
		await expect(leader.getByTestId('status-counts')).toContainText('In progress: 1');
		await expect(leader.locator(`[data-follow="${firstId}"]`)).toContainText(
			'Two schools joined the mentoring in March.'
		);
		await expect(leader.getByRole('button', { name: /Save the status/ })).toHaveCount(0);
		expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);
		await expectAccessible(leader);
		await context.close();
	}
});
