import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './helpers';
import { answerState, demoRound2026, pageAs } from './answering-helpers';

/** Whether keyboard focus is inside the element matching the selector (not on <body>). */
const focusedIn = (selector: string) =>
	`document.activeElement !== document.body && document.activeElement?.closest(${JSON.stringify(selector)}) !== null`;

test('arrowing through a radio group saves once, when the choice is left', async ({ browser }) => {
	const roundId = demoRound2026();
	const page = await pageAs(browser, DEMO.member);
	await page.goto(`/rounds/${roundId}/areas/mediation`);
	const before = answerState(roundId, 'med-neighbourhood');
	let puts = 0;
	page.on('request', (r) => {
		if (r.method() === 'PUT' && r.url().includes('/answers/med-neighbourhood')) puts++;
	});
	const group = page.locator('#q-med-neighbourhood');
	await group.locator('input[type=radio]').first().focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await expect(group.locator('[data-status]')).toContainText('Saved. Last answered by Mikko Member (demo)');
	expect(puts).toBe(1);
	expect(answerState(roundId, 'med-neighbourhood').saves).toBe(before.saves + 1);
	await page.context().close();
});

test('the conflict panel takes focus, and gives it back to the question after the choice', async ({
	browser
}) => {
	const roundId = demoRound2026();
	const area = `/rounds/${roundId}/areas/mediation`;
	const mikko = await pageAs(browser, DEMO.member);
	const sara = await pageAs(browser, DEMO.member2);
	// Sara's page without live updates keeps the old version, as after a lost connection.
	await sara.route('**/live', (route) => route.abort());
	await mikko.goto(area);
	await sara.goto(area);
	const q = '#q-med-police-cooperation';
	await mikko.locator(`${q} input[value=yes]`).check();
	await mikko.keyboard.press('Tab');
	await expect(mikko.locator(`${q} [data-status]`)).toContainText('Saved.');

	await sara.locator(`${q} input[value=no]`).check();
	await sara.keyboard.press('Tab');
	const panel = sara.getByRole('region', { name: 'Mikko Member (demo) saved a different answer' });
	await expect(panel).toBeVisible();
	await expect.poll(() => sara.evaluate(focusedIn('.conflict'))).toBe(true);
	await expect(panel.getByRole('heading', { level: 3 })).toBeVisible();
	await sara.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Keep my answer' })).toBeFocused();
	await sara.keyboard.press('Enter');
	await expect(sara.locator(`${q} input[value=no]`)).toBeFocused();
	await expect(sara.locator(`${q} [data-status]`)).toContainText(
		'Saved. Last answered by Sara Svensson (demo)'
	);
	await mikko.context().close();
	await sara.context().close();
});

test('an expired session says "sign in again", and signing in returns to the page with nothing lost', async ({
	browser
}) => {
	const roundId = demoRound2026();
	const page = await pageAs(browser, DEMO.member);
	const area = `/rounds/${roundId}/areas/public-space`;
	await page.goto(area);
	const q = page.locator('#q-spc-meeting-places');
	await page.context().clearCookies();
	await q.getByLabel('Justification').fill('Typed while the session ran out.');
	await q.getByLabel('Justification').blur();
	await expect(q.locator('[data-status]')).toContainText('Your session has ended.');
	await expect(page.getByTestId('announcer')).toHaveText('Question 2 not saved: your session has ended.');

	await q.getByRole('link', { name: 'Sign in again' }).click();
	await expect(page).toHaveURL(/\/login\?redirectTo=/);
	await page.getByLabel('Email address').fill(DEMO.member);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(new RegExp(`${area}#q-spc-meeting-places$`));
	const back = page.locator('#q-spc-meeting-places');
	await expect(back.getByLabel('Justification')).toHaveValue('Typed while the session ran out.');
	await expect(back.locator('[data-status]')).toContainText('Saved. Last answered by Mikko Member (demo)');
	await page.reload();
	await expect(page.locator('#q-spc-meeting-places').getByLabel('Justification')).toHaveValue(
		'Typed while the session ran out.'
	);
	await page.context().close();
});

test('an area page has one polite live region, which says each save once', async ({ browser }) => {
	const roundId = demoRound2026();
	const page = await pageAs(browser, DEMO.member);
	await page.goto(`/rounds/${roundId}/areas/neighbourhoods`);
	const regions = page.locator('[aria-live=polite], [role=status], [role=log], [role=alert]');
	await expect(regions).toHaveCount(1);
	const first = page.locator('article.question').first();
	await first.getByLabel('Justification').fill('One announcement, please.');
	await first.getByLabel('Justification').blur();
	await expect(page.getByTestId('announcer')).toHaveText('Question 1 saved.');
	await expect(regions).toHaveCount(1);
	await page.context().close();
});

test('tabbing backwards keeps the focused field clear of the sticky progress bar', async ({ browser }) => {
	const roundId = demoRound2026();
	const page = await pageAs(browser, DEMO.member);
	await page.setViewportSize({ width: 1000, height: 600 });
	await page.goto(`/rounds/${roundId}/areas/neighbourhoods`);
	await page.locator('article.question').nth(2).getByLabel('Justification').focus();
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('Shift+Tab');
		const hidden = await page.evaluate(() => {
			const bar = document.querySelector('.area-progress')!.getBoundingClientRect();
			const field = document.activeElement!.getBoundingClientRect();
			return field.top < bar.bottom && field.bottom > bar.top;
		});
		expect(hidden).toBe(false);
	}
	await page.context().close();
});
