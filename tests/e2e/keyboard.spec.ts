import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';
import { openRound } from './round-helpers';

/** Presses Tab until the focused element matches, as a keyboard user would move through the page. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

test('a member fills a whole area with the keyboard only', async ({ page, browser }) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2035);
	const ctx = await browser.newContext();
	const p = await ctx.newPage();
	await signIn(p, DEMO.member);
	await p.goto(`/rounds/${roundId}/areas/commitment`);
	await expect(p.getByText('0 of 5 answered (0 %)')).toBeVisible();

	// Single choice: arrow keys move through the options.
	await tabTo(p, '#q-com-integration-plan input[type=radio]');
	await p.keyboard.press('ArrowDown');
	await p.keyboard.press('ArrowDown');
	await tabTo(p, '#q-com-integration-plan textarea[name=justification]');
	await p.keyboard.type('Adopted by the council in 2025.');

	// Multi-select: space ticks a measure.
	await tabTo(p, '#q-com-plan-content input[value=objectives]');
	await p.keyboard.press('Space');
	await tabTo(p, '#q-com-plan-content input[value=measures]');
	await p.keyboard.press('Space');

	for (const code of ['com-public-statement', 'com-coordinator', 'com-monitoring']) {
		await tabTo(p, `#q-${code} input[type=radio]`);
		await p.keyboard.press('Space');
	}
	await tabTo(p, '#q-com-budget input[name=number]');
	await p.keyboard.type('120 000');

	await expect(p.getByText('5 of 5 answered (100 %)')).toBeVisible();
	await expect(p.getByText('All changes saved.')).toBeVisible({ timeout: 15_000 });
	await expect(
		p.locator('#q-com-integration-plan').getByLabel('A plan has been adopted', { exact: true })
	).toBeChecked();
	await expectAccessible(p);

	await p.reload();
	await expect(
		p.locator('#q-com-integration-plan').getByLabel('A plan has been adopted', { exact: true })
	).toBeChecked();
	await expect(p.locator('#q-com-integration-plan textarea[name=justification]')).toHaveValue(
		'Adopted by the council in 2025.'
	);
	await expect(p.locator('#q-com-plan-content input[value=measures]')).toBeChecked();
	await expect(p.locator('#q-com-budget input[name=number]')).toHaveValue('120000');
	await ctx.close();
});
