import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, inLanguage, signIn, signOut } from './helpers';
import { demoIds } from './page-list';

const stepper = (page: Page, name = 'Where the round is') => page.getByRole('list', { name });

test('the status stepper shows where the round is on the answering page and the comparison', async ({
	page
}) => {
	const { draft, published } = demoIds();
	await signIn(page, DEMO.coordinator);

	await page.goto(`/rounds/${draft}/areas/mediation`);
	await expect(stepper(page).locator('[aria-current=step]')).toHaveText(/Answer\s*\(current step\)/);
	await expect(stepper(page).getByRole('listitem')).toHaveCount(6);
	await expect(stepper(page).getByRole('listitem').first()).toContainText('(done)');
	await expect(stepper(page).getByRole('listitem').last()).toContainText('(to come)');
	await expectAccessible(page);

	await page.goto(`/rounds/${published}/compare`);
	await expect(stepper(page).locator('[aria-current=step]')).toHaveText(/Strategy\s*\(current step\)/);
	await expect(stepper(page).getByRole('listitem').nth(4)).toContainText('Publish (done)');

	// The stepper speaks the page's language, also on the answering page that loads only the base texts.
	await inLanguage(page, 'Suomi', async () => {
		await expect(stepper(page, 'Kierroksen vaihe').locator('[aria-current=step]')).toContainText('Strategia');
		await page.goto(`/rounds/${draft}/areas/mediation`);
		await expect(stepper(page, 'Kierroksen vaihe').locator('[aria-current=step]')).toContainText(
			'Vastaaminen'
		);
	});
});

test('the stepper appears once on the round page and on the strategy pages, and never for outsiders', async ({
	page
}) => {
	const { published } = demoIds();
	await signIn(page, DEMO.coordinator);
	for (const path of ['', '/strategy', '/strategy/versions', '/report', '/results']) {
		await page.goto(`/rounds/${published}${path}`);
		await expect(stepper(page), path).toHaveCount(1);
	}

	await signOut(page);
	await signIn(page, DEMO.otherCoordinator);
	const response = await page.goto(`/rounds/${published}/compare`);
	expect(response?.status()).toBe(404);
	await expect(stepper(page)).toHaveCount(0);
});
