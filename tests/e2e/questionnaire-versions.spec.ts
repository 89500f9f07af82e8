import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';
import { DEMO, expectAccessible, signIn } from './helpers';
import { openRound } from './round-helpers';

test('a new round opens on 1.1, where a conditional question hides as soon as its condition fails', async ({
	page
}) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2061);
	await expect(page.getByText('(version 1.1)').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Questionnaire version' })).toHaveCount(0);

	await page.goto(`/rounds/${roundId}/areas/commitment`);
	const plan = page.locator('#q-com-integration-plan');
	const content = page.locator('#q-com-plan-content');
	await expect(content).toBeVisible();
	await expect(page.getByText('0 of 5 answered (0 %)')).toBeVisible();

	await plan.getByLabel('No plan', { exact: true }).check();
	await expect(content).toBeHidden();
	await expect(page.getByText('1 of 4 answered (25 %)')).toBeVisible();
	await expectAccessible(page);

	await plan.getByLabel('A plan has been adopted', { exact: true }).check();
	await expect(content).toBeVisible();
	await expect(page.getByText('1 of 5 answered (20 %)')).toBeVisible();
	await expect(page.getByText('All changes saved.')).toBeVisible({ timeout: 15_000 });

	// Hidden again after a reload when the saved answer says there is no plan.
	await plan.getByLabel('No plan', { exact: true }).check();
	await expect(page.getByText('All changes saved.')).toBeVisible({ timeout: 15_000 });
	await page.reload();
	await expect(page.locator('#q-com-plan-content')).toBeHidden();
});

test('the coordinator of an open 1.0 round is offered the move to 1.1 and must confirm it', async ({
	page
}) => {
	const db = new Database(E2E_DB, { readonly: true });
	const { id } = db
		.prepare(
			`select r.id from assessment_rounds r join municipalities m on m.id = r.municipality_id
			 where m.name like 'Koivuranta%' and r.year = 2026 and r.questionnaire_id = 'gri-2026'`
		)
		.get() as { id: string };
	db.close();
	await signIn(page, DEMO.coordinator);
	await page.goto(`/rounds/${id}`);
	const section = page.getByRole('region', { name: 'Questionnaire version' });
	await expect(section).toContainText('This round is answered on version 1.0. Version 1.1 replaces it');
	await section.getByRole('button', { name: 'Move the round to version 1.1' }).click();
	const box = section.getByLabel('I understand that some answers are deleted or cleared');
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(section.getByText('Tick the box to confirm the move.')).toBeVisible();
	await expectAccessible(page);

	// A member is not offered the move.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await signIn(page, DEMO.member);
	await page.goto(`/rounds/${id}`);
	await expect(page.getByRole('heading', { name: 'Questionnaire version' })).toHaveCount(0);
});

test('the methodology page explains conditions, not applicable and the dimension rule', async ({ page }) => {
	await page.goto('/methodology');
	await expect(page.getByRole('heading', { name: /Conditional questions/ })).toBeVisible();
	await expect(page.getByTestId('method-conditions')).toContainText('not applicable');
	await expect(page.getByTestId('method-dimension-rule')).toContainText(
		'two dimensions only when it measures both'
	);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Suomi' }).click();
	await expect(page.getByRole('heading', { name: /Ehdolliset kysymykset/ })).toBeVisible();
});
