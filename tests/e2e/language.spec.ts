import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';

test('the language switch translates the interface and remembers the choice', async ({ page }) => {
	await signIn(page, DEMO.coordinator);
	await page.getByRole('button', { name: 'Suomi' }).click();
	await expect(page.getByRole('heading', { name: 'Etusivu', level: 1 })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
	await expect(page.getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('heading', { name: 'Omat kuntani' })).toBeVisible();
	await expectAccessible(page);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Etusivu', level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'Koivuranta (demo)' }).click();
	await expect(page.getByRole('heading', { name: 'Työryhmä', exact: true })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Omat roolini' })).toHaveText('Koordinaattori');

	await page.getByRole('button', { name: 'Svenska' }).click();
	await expect(page.getByRole('heading', { name: 'Arbetsgrupp', exact: true })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expectAccessible(page);

	// The choice is stored with the account too; put it back so that other tests meet English.
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Working group', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Sign out' }).click();

	// Errors speak the chosen language too.
	await page.getByRole('button', { name: 'Svenska' }).click();
	await expect(page.getByRole('heading', { name: 'Logga in' })).toBeVisible();
	await page.getByRole('button', { name: 'Logga in' }).click();
	await expect(page.getByText('Fältet är obligatoriskt.')).toHaveCount(2);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('a signed-in user’s language follows them to a new browser', async ({ browser }) => {
	const first = await browser.newContext();
	const a = await first.newPage();
	await signIn(a, DEMO.leader);
	await a.getByRole('button', { name: 'Svenska' }).click();
	await expect(a.getByRole('heading', { name: 'Startsida', level: 1 })).toBeVisible();
	await first.close();

	const second = await browser.newContext();
	const b = await second.newPage();
	await b.goto('/login');
	await b.getByLabel('Email address').fill(DEMO.leader);
	await b.getByLabel('Password').fill('demo-password-2026');
	await b.getByRole('button', { name: 'Sign in' }).click();
	await expect(b.getByRole('heading', { name: 'Startsida', level: 1 })).toBeVisible();
	await b.getByRole('button', { name: 'English' }).click();
	await expect(b.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
	await second.close();
});
