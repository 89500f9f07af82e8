import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { E2E_DB, E2E_ORIGIN } from '../../playwright.config';
import { DEMO, expectAccessible, signIn } from './helpers';

test('the admin adds a municipality and invites a coordinator, who sets a password and signs in', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.admin);
	await page.getByRole('link', { name: 'Administration', exact: true }).click();
	await expectAccessible(page);

	// An empty form changes nothing and says what is missing.
	await page.getByRole('button', { name: 'Add municipality' }).click();
	await expect(page.locator('#field-name-error')).toHaveText('This field is required.');
	await expect(page.locator('#field-population-error')).toHaveText('This field is required.');

	await page.getByLabel('Name', { exact: true }).fill('Testilä (demo)');
	await page.getByLabel('Population').fill('31 200');
	await page.getByLabel('Diversity share (%)').fill('6,5');
	await page.getByRole('button', { name: 'Add municipality' }).click();
	await expect(page.getByRole('status')).toHaveText('Testilä (demo) was added.');
	await expect(page.getByRole('cell', { name: /Testilä/ })).toBeVisible();

	await page.getByLabel('Email address of the person').fill('new.coordinator@demo.example');
	await page.getByLabel('Role').selectOption('coordinator');
	await page.getByLabel('Municipality', { exact: true }).selectOption({ label: 'Testilä (demo)' });
	await page.getByRole('button', { name: 'Create invitation link' }).click();
	const link = await page.getByTestId('invitation-link').textContent();
	expect(link).toMatch(/\/invite\/[a-z2-7]{32}$/);
	await expectAccessible(page);

	const invited = await browser.newContext();
	const p = await invited.newPage();
	await p.goto(link!);
	await expect(p.getByText('You have been invited to Testilä (demo) as Coordinator.')).toBeVisible();
	await expectAccessible(p);
	await p.getByLabel('Your name').fill('Nina New');
	await p.getByLabel('Choose a password').fill('short');
	await p.getByLabel('Repeat the password').fill('short');
	await p.getByRole('button', { name: 'Accept and sign in' }).click();
	await expect(p.locator('#field-password-error')).toHaveText(
		'The password must have at least 10 characters.'
	);
	await p.getByLabel('Choose a password').fill('a-long-enough-password');
	await p.getByLabel('Repeat the password').fill('a-long-enough-password');
	await p.getByRole('button', { name: 'Accept and sign in' }).click();
	await expect(p).toHaveURL(/\/dashboard/);
	await expect(p.getByText('Signed in as Nina New')).toBeVisible();
	await expect(p.getByRole('heading', { name: 'Testilä (demo)' })).toBeVisible();

	// The link works once.
	await p.goto(link!);
	await expect(p.getByRole('alert')).toHaveText('This invitation has already been used.');
	await invited.close();
});

test('an expired invitation explains itself and creates nothing', async ({ page }) => {
	const token = randomBytes(20).toString('hex');
	const db = new Database(E2E_DB);
	const municipality = db.prepare("select id from municipalities where name = 'Stormvik (demo)'").get() as {
		id: string;
	};
	db.prepare(
		'insert into invitations (id, token_hash, email, role, municipality_id, expires_at) values (?, ?, ?, ?, ?, ?)'
	).run(
		'expired1',
		createHash('sha256').update(token).digest('hex'),
		'late@demo.example',
		'member',
		municipality.id,
		Date.now() - 1000
	);
	db.close();

	await page.goto(`/invite/${token}`);
	await expect(page.getByRole('alert')).toHaveText('This invitation has expired.');
	await expect(page.getByRole('button', { name: 'Accept and sign in' })).toHaveCount(0);
	await expectAccessible(page);
	// A forged POST is refused as well.
	const response = await page.request.post(`/invite/${token}`, {
		form: { name: 'Late', password: 'a-long-enough-password', passwordConfirm: 'a-long-enough-password' },
		headers: { origin: E2E_ORIGIN }
	});
	expect(await response.text()).toContain('error.invitation_expired');
	const check = new Database(E2E_DB, { readonly: true });
	expect(check.prepare("select count(*) as n from users where email = 'late@demo.example'").get()).toEqual({
		n: 0
	});
	check.close();
});
