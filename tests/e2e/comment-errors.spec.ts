import { expect, test } from '@playwright/test';
import { DEMO } from './helpers';
import { demoRound2026, pageAs } from './answering-helpers';

test('an empty comment keeps its section open, with the error beside the field and focus on it', async ({
	browser
}) => {
	const page = await pageAs(browser, DEMO.member);
	await page.goto(`/rounds/${demoRound2026()}/areas/mediation`);
	const thread = page.locator('#q-med-staff-training details.comments');
	await thread.locator('summary').click();
	const field = thread.getByLabel('Add a comment');
	await field.fill('   ');
	await thread.getByRole('button', { name: 'Send comment' }).click();

	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(thread).toHaveAttribute('open', '');
	await expect(field).toBeVisible();
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('   ');
	const errorId = await field.getAttribute('aria-describedby');
	expect(errorId).toBeTruthy();
	await expect(page.locator(`#${errorId}`)).toHaveText('This field is required.');

	// A real comment clears the error and the field, and the section stays open with the comment in it.
	await field.fill('Checked with the police liaison officer.');
	await thread.getByRole('button', { name: 'Send comment' }).click();
	await expect(thread.locator('li').last()).toContainText('Checked with the police liaison officer.');
	await expect(field).toHaveValue('');
	await expect(field).not.toHaveAttribute('aria-invalid', 'true');
	await expect(thread).toHaveAttribute('open', '');
	await page.context().close();
});
