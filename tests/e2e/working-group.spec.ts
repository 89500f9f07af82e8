import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';
import { openRound } from './round-helpers';

const question = (page: Page, code: string) => page.locator(`#q-${code}`);
const status = (page: Page, code: string) => question(page, code).locator('[data-status]');

test('two members answer different areas of one round and see each other’s answers', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2031);
	await expectAccessible(page);

	// The coordinator assigns Education to the first member, who sees it first on the dashboard.
	await page.locator('tr', { hasText: 'Education' }).getByText('Change').click();
	await page.locator('tr', { hasText: 'Education' }).getByLabel('Mikko Member (demo)').check();
	await page.locator('tr', { hasText: 'Education' }).getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Assignment of Education saved.');

	const a = await browser.newContext();
	const pa = await a.newPage();
	await signIn(pa, DEMO.member);
	await expect(pa.getByText('Assigned to me:')).toBeVisible();
	await pa.getByRole('link', { name: 'Education' }).click();
	await expect(pa.getByRole('heading', { name: 'Education', level: 1 })).toBeVisible();
	const eduFirst = pa.locator('article.question').first();
	await eduFirst.locator('input[type=radio], input[type=checkbox]').first().check();
	await expect(eduFirst.locator('[data-status]')).toContainText(
		'Saved. Last answered by Mikko Member (demo)'
	);
	await expectAccessible(pa);

	const b = await browser.newContext();
	const pb = await b.newPage();
	await signIn(pb, DEMO.member2);
	await pb.goto(`/rounds/${roundId}/areas/language`);
	const lngFirst = question(pb, 'lng-civic-orientation');
	await lngFirst.getByRole('radio').nth(1).check();
	await lngFirst.getByLabel('Justification').fill('Civic orientation in the five largest languages.');
	await expect(lngFirst.locator('[data-status]')).toContainText(
		'Saved. Last answered by Sara Svensson (demo)',
		{ timeout: 15_000 }
	);

	// After a reload each sees the other's answer, with who answered it.
	await pa.goto(`/rounds/${roundId}/areas/language`);
	await expect(question(pa, 'lng-civic-orientation').getByRole('radio').nth(1)).toBeChecked();
	await expect(question(pa, 'lng-civic-orientation').getByLabel('Justification')).toHaveValue(
		'Civic orientation in the five largest languages.'
	);
	await expect(status(pa, 'lng-civic-orientation')).toContainText('Sara Svensson (demo)');
	await pb.goto(`/rounds/${roundId}/areas/education`);
	await expect(
		pb.locator('article.question').first().locator('input[type=radio], input[type=checkbox]').first()
	).toBeChecked();
	await expect(pb.locator('article.question').first().locator('[data-status]')).toContainText(
		'Mikko Member (demo)'
	);
	await a.close();
	await b.close();
});

test('a concurrent edit shows the conflict and keeps both answers until someone chooses', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2032);
	const area = `/rounds/${roundId}/areas/commitment`;

	const a = await browser.newContext();
	const pa = await a.newPage();
	await signIn(pa, DEMO.member);
	await pa.goto(area);
	const b = await browser.newContext();
	const pb = await b.newPage();
	await signIn(pb, DEMO.member2);
	// Without live updates (as after a lost connection) the second page keeps the old version.
	await pb.route('**/live', (route) => route.abort());
	await pb.goto(area);

	await question(pa, 'com-integration-plan').getByLabel('A plan has been adopted', { exact: true }).check();
	await expect(status(pa, 'com-integration-plan')).toContainText('Saved.');

	// The second member's page still holds the old version: the save is refused, not applied.
	await question(pb, 'com-integration-plan').getByLabel('No plan').check();
	await expect(status(pb, 'com-integration-plan')).toContainText('Someone else saved this answer meanwhile');
	const conflict = question(pb, 'com-integration-plan').getByRole('region', {
		name: 'Mikko Member (demo) saved a different answer'
	});
	await expect(conflict).toContainText('Mikko Member (demo) saved a different answer');
	await expect(pb.getByTestId('conflict-theirs')).toHaveText('A plan has been adopted');
	await expect(pb.getByTestId('conflict-mine')).toHaveText('No plan');
	await expectAccessible(pb);

	// Until resolved, the stored answer is still the first member's.
	await pa.reload();
	await expect(
		question(pa, 'com-integration-plan').getByLabel('A plan has been adopted', { exact: true })
	).toBeChecked();

	await conflict.getByRole('button', { name: 'Keep my answer' }).click();
	await expect(status(pb, 'com-integration-plan')).toContainText(
		'Saved. Last answered by Sara Svensson (demo)'
	);
	await pa.reload();
	await expect(question(pa, 'com-integration-plan').getByLabel('No plan')).toBeChecked();
	// Both changes are in the history.
	await question(pa, 'com-integration-plan').getByText('History (2 changes)').click();
	await expect(question(pa, 'com-integration-plan').locator('.history tbody tr')).toHaveCount(2);
	await a.close();
	await b.close();
});
