import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn, signOut } from './helpers';

// Every person acted on here is invited by the spec itself, so the demo accounts other specs rely on
// keep their roles and passwords.
const PASSWORD = 'a-long-enough-password';

/** The signed-in coordinator of Koivuranta invites a member from the municipality page; returns the link. */
async function inviteMember(page: Page, email: string): Promise<string> {
	await page.goto('/dashboard');
	await page.getByRole('link', { name: 'Koivuranta (demo)' }).first().click();
	await page.getByLabel('Email address of the person').fill(email);
	await page.getByLabel('Role', { exact: true }).selectOption('member');
	await page.getByRole('button', { name: 'Create invitation link' }).click();
	return (await page.getByTestId('invitation-link').textContent())!;
}

/** The invited person accepts in a browser of their own and lands on their dashboard. */
async function accept(browser: Browser, link: string, name: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Choose a password').fill(PASSWORD);
	await page.getByLabel('Repeat the password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Accept and sign in' }).click();
	await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
	return page;
}

test('the admin deactivates an account: its open page is refused with the reason', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.coordinator);
	const link = await inviteMember(page, 'dan.deactivated@demo.example');
	const dan = await accept(browser, link, 'Dan Deactivated');
	await signOut(page);

	await signIn(page, DEMO.admin);
	await page.getByRole('link', { name: 'Administration', exact: true }).click();
	await page.getByRole('link', { name: 'People and their roles' }).click();
	await expectAccessible(page);
	await page.getByLabel('Name or email').fill('dan deactivated');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByText('1 person found.')).toBeVisible();
	await page.getByRole('link', { name: 'Dan Deactivated' }).click();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Deactivate account' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'The account of Dan Deactivated was deactivated and its sessions were ended.'
	);

	// Dan's next request is refused, and the sign-in page says why.
	await dan.reload();
	await expect(dan).toHaveURL(/\/login\?.*ended=deactivated/);
	await expect(
		dan.getByText('Your account has been deactivated, so you were signed out.', { exact: false })
	).toBeVisible();
	await expectAccessible(dan);
	await dan.getByLabel('Email address').fill('dan.deactivated@demo.example');
	await dan.getByLabel('Password').fill(PASSWORD);
	await dan.getByRole('button', { name: 'Sign in' }).click();
	await expect(
		dan.getByText(
			'This account has been deactivated. If you think this is a mistake, contact the administrator.'
		)
	).toBeVisible();

	// The audit log shows it, filtered by action.
	await page.goto('/admin/audit?action=deactivate');
	await expect(page.getByRole('cell', { name: /Dan Deactivated/ })).toBeVisible();
	await expectAccessible(page);

	await page.goBack();
	await page.getByRole('button', { name: 'Reactivate account' }).click();
	await expect(page.getByRole('status')).toHaveText('The account of Dan Deactivated is active again.');
	await dan.context().close();
});

test('a coordinator removes a member, who is signed out on their next request', async ({ page, browser }) => {
	await signIn(page, DEMO.coordinator);
	const link = await inviteMember(page, 'rita.removed@demo.example');
	const rita = await accept(browser, link, 'Rita Removed');

	await page.reload();
	const row = page.locator('tr', { hasText: 'Rita Removed' });
	await row.locator('summary').click();
	await expect(row.getByText('Remove Rita Removed from the working group?', { exact: false })).toBeVisible();
	await expectAccessible(page);
	await row.getByRole('button', { name: 'Yes, remove Rita Removed' }).click();
	await expect(
		page.getByText(
			'Rita Removed was removed from the working group. Their assigned areas are now unassigned.'
		)
	).toBeVisible();
	await expect(page.locator('tr', { hasText: 'Rita Removed' })).toHaveCount(0);

	await rita.reload();
	await expect(rita).toHaveURL(/\/login\?.*ended=removed/);
	await expect(
		rita.getByText('You were signed out because you no longer have a role in any municipality.')
	).toBeVisible();
	await rita.context().close();
});

test('a person changes their password, ending their other session, and signs in with it', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.coordinator);
	const link = await inviteMember(page, 'pia.password@demo.example');
	const pia = await accept(browser, link, 'Pia Password');
	const elsewhere = await browser.newContext();
	const other = await elsewhere.newPage();
	await signIn(other, 'pia.password@demo.example', PASSWORD);

	await pia.getByRole('link', { name: 'Account' }).click();
	await expect(pia.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
	await expect(pia.getByRole('button', { name: /^End session/ })).toHaveCount(1);
	await expectAccessible(pia);

	const NEW = 'pia-chose-another-password';
	await pia.getByLabel('Current password').fill('not-her-password');
	await pia.getByLabel('New password', { exact: true }).fill(NEW);
	await pia.getByLabel('Repeat the new password').fill(NEW);
	await pia.getByRole('button', { name: 'Change password' }).click();
	await expect(pia.locator('#field-currentPassword-error')).toHaveText('The password is wrong.');

	await pia.getByLabel('Current password').fill(PASSWORD);
	await pia.getByLabel('New password', { exact: true }).fill(NEW);
	await pia.getByLabel('Repeat the new password').fill(NEW);
	await pia.getByRole('button', { name: 'Change password' }).click();
	await expect(pia.getByRole('status')).toHaveText(
		'Your password was changed and your other sessions were ended.'
	);
	await expect(pia.getByRole('button', { name: /^End session/ })).toHaveCount(0);

	await other.reload();
	await expect(other).toHaveURL(/\/login\?.*ended=password_changed/);
	await expect(other.getByText('the password of your account was changed', { exact: false })).toBeVisible();

	// This browser stayed signed in; after signing out, only the new password works.
	await pia.goto('/dashboard');
	await expect(pia.getByText('Signed in as Pia Password')).toBeVisible();
	await signOut(pia);
	await signIn(pia, 'pia.password@demo.example', NEW);
	await elsewhere.close();
	await pia.context().close();
});
