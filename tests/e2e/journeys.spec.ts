import { expect, test } from '@playwright/test';
import { contrastRatio } from '../../src/lib/domain/contrast';
import { DEMO, DEMO_PASSWORD, expectAccessible, signIn } from './helpers';
import { demoIds } from './page-list';
import { openRound } from './round-helpers';

test('after a failed sign-in, focus goes to the message or the field in error, not to the page', async ({
	page
}) => {
	await page.goto('/login');
	await page.getByLabel('Email address').fill(DEMO.member2);
	await page.getByLabel('Password').fill('not-the-password');
	await page.getByLabel('Password').press('Enter');
	const message = page.getByRole('alert');
	await expect(message).toBeVisible();
	await expect(page.locator('.error-box')).toBeFocused();
	await expect(page.locator(':focus')).toContainText(await message.innerText());

	// An empty address: the field itself gets focus and names its error.
	await page.getByLabel('Email address').fill('');
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	const email = page.getByLabel('Email address');
	await expect(email).toBeFocused();
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
});

test('the focus ring has 3:1 contrast against what is behind it, in the page and in the header', async ({
	page
}) => {
	await page.goto('/login');
	const ringAgainstBackground = async (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((el) => {
				(el as HTMLElement).focus();
				const hex = (c: string) =>
					'#' +
					(c.match(/\d+/g) ?? [])
						.slice(0, 3)
						.map((n) => Number(n).toString(16).padStart(2, '0'))
						.join('');
				let bg = 'rgba(0, 0, 0, 0)';
				for (let e: Element | null = el.parentElement; e && bg === 'rgba(0, 0, 0, 0)'; e = e.parentElement)
					bg = getComputedStyle(e).backgroundColor;
				const style = getComputedStyle(el);
				return { ring: hex(style.outlineColor), width: style.outlineWidth, bg: hex(bg) };
			});
	await page.keyboard.press('Tab'); // :focus-visible comes with keyboard use
	for (const selector of ['main a', '.site-header a']) {
		const { ring, width, bg } = await ringAgainstBackground(selector);
		expect(width, selector).toBe('3px');
		expect(contrastRatio(ring, bg), `${selector}: ${ring} on ${bg}`).toBeGreaterThanOrEqual(3);
	}
});

test('a leader lands on the results home from the dashboard and reaches everything in one tap', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, DEMO.leader);
	const step = page.getByRole('listitem').filter({ hasText: 'The results are ready' }).last();
	await expect(step.getByText('Waits for you')).toBeVisible();
	await step.getByRole('link', { name: /^Open the results/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results: Koivuranta (demo)');
	await expect(page.getByTestId('results-overall')).toContainText('/ 100');
	await expect(
		page.getByRole('list', { name: 'Where the round is' }).locator('[aria-current=step]')
	).toContainText('Strategy');
	const links = page.getByRole('navigation', { name: 'Read further' });
	for (const name of ['Index report', 'Compare with peers', 'Programme for promoting integration'])
		await expect(links.getByRole('link', { name: new RegExp(name) })).toBeVisible();
	await expectAccessible(page);

	await links.getByRole('link', { name: /Index report/ }).click();
	const onward = page.getByRole('navigation', { name: 'Continue with the results' });
	await expect(onward.getByRole('link', { name: 'Compare with peers' })).toBeVisible();
	await onward.getByRole('link', { name: 'Programme for promoting integration' }).click();
	await expect(page).toHaveURL(/\/strategy$/);
});

test('the round page shows where the round is, a real round name and "not yet scored" for an empty round', async ({
	page
}) => {
	await signIn(page, DEMO.coordinator);
	const { draft } = demoIds();
	await page.goto(`/rounds/${draft}`);
	const stepper = page.getByRole('list', { name: 'Where the round is' });
	await expect(stepper.locator('[aria-current=step]')).toContainText('Answer');
	await expect(stepper.getByRole('listitem').first()).toContainText('(done)');
	await expect(page.getByText(/— round 2026\s+\(version/)).toBeVisible();
	await expectAccessible(page);

	await openRound(page, 2039);
	await expect(page.getByTestId('overall-score')).toHaveText('not yet scored');
	await expect(
		page.getByRole('list', { name: 'Where the round is' }).locator('[aria-current=step]')
	).toContainText('Assign');
});

test('Submit asks for confirmation and states the consequence, also without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('Email address').fill(DEMO.coordinator);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	const { draft } = demoIds();
	await page.goto(`/rounds/${draft}`);
	await page.getByRole('button', { name: 'Submit the round…' }).click();
	await expect(page).toHaveURL(/confirm=submit/);
	await expect(
		page.getByRole('group', { name: /sends the answers of Koivuranta \(demo\) to the expert/ })
	).toBeVisible();
	await page.getByRole('link', { name: 'Cancel' }).click();
	await expect(page.getByRole('button', { name: 'Submit the round…' })).toBeVisible();
	await context.close();
});

test('the dashboard welcomes a newly invited person', async ({ page }) => {
	await signIn(page, DEMO.member2);
	await page.goto('/dashboard?welcome=1');
	await expect(page.getByRole('status')).toContainText('Welcome! Your account is ready.');
	const step = page
		.getByRole('listitem')
		.filter({ hasText: 'Answer the questions of the policy areas' })
		.last();
	await expect(step.getByRole('link', { name: /^Answer my areas/ })).toBeVisible();
});
