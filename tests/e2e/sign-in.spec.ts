import { expect, test } from '@playwright/test';
import { E2E_ORIGIN } from '../../playwright.config';
import { DEMO, expectAccessible, signIn, signOut } from './helpers';

test.describe('signing in and out', () => {
	test('each demo role sees a dashboard that fits the role', async ({ page }) => {
		await signIn(page, DEMO.admin);
		await expect(page.getByRole('heading', { name: 'Administrator' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Administration', exact: true })).toBeVisible();
		await expectAccessible(page);
		await signOut(page);

		await signIn(page, DEMO.coordinator);
		const card = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: 'Koivuranta (demo)' }) });
		await expect(card.getByRole('list', { name: 'My roles' })).toHaveText('Coordinator');
		await expect(card).toContainText('Assign the policy areas, follow the answers');
		await expect(page.getByRole('link', { name: 'Administration', exact: true })).toHaveCount(0);
		await signOut(page);

		await signIn(page, DEMO.expert);
		await expect(page.getByRole('heading', { name: 'Koivuranta (demo)' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Järvenlinna (demo)' })).toBeVisible();
		await expect(page.getByText('The working group is still answering').first()).toBeVisible();
		await signOut(page);

		await signIn(page, DEMO.leader);
		await expect(page.getByRole('list', { name: 'My roles' })).toHaveText('Leader');
		await expect(page.getByText('The results are ready').first()).toBeVisible();
		await signOut(page);

		await signIn(page, DEMO.member);
		await expect(page.getByRole('list', { name: 'My roles' })).toHaveText('Working group member');
		await page.getByRole('link', { name: 'Koivuranta (demo)' }).click();
		await expect(page.getByRole('heading', { name: 'Working group' })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Kaisa Koordinaattori (demo)' })).toBeVisible();
		// Members do not manage the working group.
		await expect(page.getByRole('heading', { name: 'Invite to the working group' })).toHaveCount(0);
		await expectAccessible(page);
	});

	test('signing out ends the session on the server, not only in the browser', async ({ page, browser }) => {
		await signIn(page, DEMO.member2);
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'gri_session')).toMatchObject({
			httpOnly: true,
			secure: true,
			sameSite: 'Lax'
		});
		await signOut(page);
		await expect(page.getByRole('status')).toHaveText('You have signed out.');
		await expectAccessible(page);

		const replay = await browser.newContext();
		await replay.addCookies(cookies);
		const again = await replay.newPage();
		await again.goto('/dashboard');
		await expect(again).toHaveURL(/\/login\?redirectTo=%2Fdashboard/);
		await replay.close();
	});

	test('a forged session cookie is treated as signed out', async ({ page, context }) => {
		await context.addCookies([
			{ name: 'gri_session', value: 'forgedtokenforgedtokenforgedtoke', url: E2E_ORIGIN }
		]);
		await page.goto('/dashboard');
		await expect(page).toHaveURL(/\/login/);
		await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
	});

	test('bad input gets a clear message and the form keeps the email', async ({ page }) => {
		await page.goto('/login');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByText('This field is required.')).toHaveCount(2);
		await expectAccessible(page);

		await page.getByLabel('Email address').fill('not-an-email');
		await page.getByLabel('Password').fill('whatever');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByText('Enter an email address like name@example.fi.')).toBeVisible();
		await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');

		await page.getByLabel('Email address').fill(`${'x'.repeat(300)}@example.fi`);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByText('This text is too long.')).toBeVisible();

		await page.getByLabel('Email address').fill(DEMO.leader);
		await page.getByLabel('Password').fill('wrong-password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText('The email address or password is wrong.');
		await expect(page.getByLabel('Email address')).toHaveValue(DEMO.leader);
	});

	test('twenty wrong passwords lock the account for a while with a clear message', async ({ page }) => {
		const email = 'nobody-in-particular@demo.example';
		await page.goto('/login');
		const messages: string[] = [];
		for (let i = 0; i < 20; i++) {
			await page.getByLabel('Email address').fill(email);
			await page.getByLabel('Password').fill(`wrong-${i}`);
			await page.getByRole('button', { name: 'Sign in' }).click();
			const alert = page.getByRole('alert');
			await expect(alert).toBeVisible();
			messages.push((await alert.textContent()) ?? '');
			await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
		}
		expect(messages.slice(0, 10).every((m) => m.includes('wrong'))).toBe(true);
		expect(messages.at(-1)).toMatch(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./);
	});

	test('signing in returns to the page that asked for it', async ({ page }) => {
		await page.goto('/admin');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin/);
		await page.getByLabel('Email address').fill(DEMO.admin);
		await page.getByLabel('Password').fill('demo-password-2026');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(/\/admin$/);
	});
});
