import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';

test('a user of one municipality gets 404, not the data, for another municipality', async ({
	page,
	browser
}) => {
	// The Koivuranta coordinator learns the municipality's address...
	await signIn(page, DEMO.coordinator);
	await page.getByRole('link', { name: 'Koivuranta (demo)' }).click();
	await expect(page.getByRole('heading', { name: 'Koivuranta (demo)', level: 1 })).toBeVisible();
	const koivurantaUrl = page.url();

	// ...and the Järvenlinna coordinator cannot open it.
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await signIn(otherPage, DEMO.otherCoordinator);
	const response = await otherPage.goto(koivurantaUrl);
	expect(response?.status()).toBe(404);
	await expect(otherPage.getByRole('heading', { name: 'Error 404' })).toBeVisible();
	await expect(otherPage.getByText('Kaisa Koordinaattori')).toHaveCount(0);
	await expectAccessible(otherPage);

	// A municipality that does not exist answers the same way.
	expect((await otherPage.goto('/municipalities/doesnotexist'))?.status()).toBe(404);
	// Non-admins get 404 for administration.
	expect((await otherPage.goto('/admin'))?.status()).toBe(404);
	await other.close();
});

test('an expert sees only the municipalities assigned to them', async ({ page }) => {
	await signIn(page, DEMO.expert);
	await expect(page.getByRole('heading', { name: 'Stormvik (demo)' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Järvenlinna (demo)' }).click();
	await expect(page.getByRole('heading', { name: 'Järvenlinna (demo)', level: 1 })).toBeVisible();
});
