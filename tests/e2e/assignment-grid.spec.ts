import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';
import { demoIds } from './page-list';
import { openRound } from './round-helpers';

// Years no other spec opens, one per test, so each starts from an unassigned round.
const YEAR = 2073;
const MIKKO = 'Mikko Member (demo)';
const SARA = 'Sara Svensson (demo)';

const cell = (page: Page, area: string, person: string) =>
	page.getByRole('checkbox', { name: `${area} – ${person}`, exact: true });

async function openGrid(page: Page, year: number): Promise<string> {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, year);
	await page.getByRole('link', { name: 'Assign areas to people' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Assign areas to people · Koivuranta (demo) ${year}`
	);
	return roundId;
}

/**
 * Unticks everything and saves, so that later specs find the demo members with only their seeded areas
 * (working-group.spec expects one "Assigned to me" line on the member's dashboard).
 */
async function clearGrid(page: Page, roundId: string): Promise<void> {
	await page.goto(`/rounds/${roundId}/assign`);
	const ticked = page.getByRole('checkbox', { checked: true });
	while ((await ticked.count()) > 0) await ticked.first().uncheck();
	await page.getByRole('button', { name: 'Save assignments' }).click();
	await expect(page.getByRole('status')).toContainText('saved');
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
}

test('the coordinator assigns three areas to two people in one save; the member sees theirs', async ({
	page,
	browser
}) => {
	const roundId = await openGrid(page, YEAR);
	await expectAccessible(page);
	await cell(page, 'Education', MIKKO).check();
	await cell(page, 'Language', MIKKO).check();
	await cell(page, 'Media and communication', SARA).check();
	await page.getByRole('button', { name: 'Save assignments' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Assignments of Koivuranta (demo) saved: 3 areas changed.'
	);

	await page.reload();
	await expect(cell(page, 'Education', MIKKO)).toBeChecked();
	await expect(cell(page, 'Language', MIKKO)).toBeChecked();
	await expect(cell(page, 'Media and communication', SARA)).toBeChecked();
	await expect(cell(page, 'Education', SARA)).not.toBeChecked();
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);

	// The round page lists who answers what, as before.
	await page.goto(`/rounds/${roundId}`);
	await expect(page.locator('tr', { hasText: 'Language' })).toContainText(MIKKO);

	const context = await browser.newContext();
	const member = await context.newPage();
	await signIn(member, DEMO.member);
	await member.goto(`/rounds/${roundId}`);
	const mine = member.getByRole('region', { name: 'Assigned to me' });
	await expect(mine.getByRole('link')).toHaveText(['Education', 'Language']);
	await context.close();
	await clearGrid(page, roundId);
});

test('keyboard: Tab reaches each column button and every checkbox in turn, Space toggles', async ({
	page
}) => {
	await openGrid(page, YEAR + 1);
	const frame = page.getByRole('region', { name: 'Policy areas and the people who answer them' });
	const buttons = frame.getByRole('button');
	const boxes = frame.getByRole('checkbox');
	const people = await buttons.count();
	expect(people).toBeGreaterThanOrEqual(3);
	// 17 answerable areas (the composite lens has none) for each person.
	await expect(boxes).toHaveCount(17 * people);

	await frame.focus();
	for (let i = 0; i < people; i++) {
		await page.keyboard.press('Tab');
		await expect(buttons.nth(i)).toBeFocused();
	}
	const total = await boxes.count();
	for (let i = 0; i < total; i++) {
		await page.keyboard.press('Tab');
		await expect(boxes.nth(i)).toBeFocused();
	}
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Save assignments' })).toBeFocused();

	await boxes.first().focus();
	await page.keyboard.press('Space');
	await expect(boxes.first()).toBeChecked();
	await page.keyboard.press('Space');
	await expect(boxes.first()).not.toBeChecked();

	// A person's column button ticks all their areas at once, and a second press clears them.
	await page.getByRole('button', { name: `All areas: ${SARA}` }).click();
	await expect(
		frame.getByRole('checkbox', { name: new RegExp(`– ${SARA.replace(/[()]/g, '\\$&')}$`), checked: true })
	).toHaveCount(17);
	await page.getByRole('button', { name: `No areas: ${SARA}` }).click();
	await expect(frame.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('the grid saves without JavaScript too', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const roundId = await openGrid(page, YEAR + 2);
	await expect(page.getByRole('button', { name: /^All areas/ })).toHaveCount(0);
	await cell(page, 'Commitment', SARA).check();
	await cell(page, 'Interaction', MIKKO).check();
	await page.getByRole('button', { name: 'Save assignments' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Assignments of Koivuranta (demo) saved: 2 areas changed.'
	);
	// The page comes back scrolled down to the result beside the button.
	await expect(page.getByRole('status')).toBeInViewport();
	await expect(cell(page, 'Commitment', SARA)).toBeChecked();
	await expect(cell(page, 'Interaction', MIKKO)).toBeChecked();
	await clearGrid(page, roundId);
	await context.close();
});

test('a refused save shows why beside the button and keeps the ticks', async ({ page }) => {
	await openGrid(page, YEAR + 3);
	await cell(page, 'Welcoming newcomers', MIKKO).check();
	// A forged cell for an area the questionnaire does not have: the whole save is refused.
	await page.locator('form[action^="?/save"]').evaluate((form) => {
		const forged = document.createElement('input');
		forged.type = 'hidden';
		forged.name = 'cell:no-such-area:abcdef';
		forged.value = 'on';
		form.append(forged);
	});
	await page.getByRole('button', { name: 'Save assignments' }).click();
	await expect(page.getByRole('alert')).toHaveText('This policy area does not exist in the questionnaire.');
	await expect(cell(page, 'Welcoming newcomers', MIKKO)).toBeChecked();
	await page.reload();
	await expect(cell(page, 'Welcoming newcomers', MIKKO)).not.toBeChecked();
});

test('after submission the grid only tells who answered which area', async ({ page }) => {
	await signIn(page, DEMO.coordinator);
	await page.goto(`/rounds/${demoIds().published}/assign`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Who answers which area · Koivuranta (demo) 2025'
	);
	await expect(page.getByText('can only be read')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save assignments' })).toHaveCount(0);
	await expect(page.getByRole('checkbox').first()).toBeDisabled();
});
