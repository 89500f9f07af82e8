import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, inLanguage, signIn } from './helpers';
import { answerEverything, openRound, questionnaire, submitWithConfirmation } from './round-helpers';

const library = questionnaire.library!;
/** The template text of a question's level, as the shipped library has it. */
const template = (code: string, level: string) =>
	library.templates[code]!.levels.find((l) => l.when.includes(level))!.text;
const OWN_FINNISH = 'Kunnan kannattaa viedä valmisteilla oleva suunnitelma valtuustoon vielä tänä vuonna.';

test('accepted in English, read in Swedish: the Swedish template, and a Finnish-only edit marked as such', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2041);
	await answerEverything(page, roundId, 'middle');
	await page.reload();
	await submitWithConfirmation(page);
	await expect(page.getByRole('status')).toContainText('submitted');

	const expert = await (await browser.newContext()).newPage();
	await signIn(expert, DEMO.expert);
	await expert.goto('/review');
	await expert.getByRole('button', { name: 'Open for review Koivuranta (demo) 2041' }).click();
	await expert.goto(`/rounds/${roundId}/recommendations`);
	const card = (question: string) => expert.locator('article.rec').filter({ hasText: question });
	const content = card('integration plan contain');
	const plan = card('Has the municipality planned how it promotes');

	// Only accepting: the fields still hold the template, in Finnish and in English.
	await expect(content.getByLabel('Recommendation in Finnish')).toHaveValue(
		template('com-plan-content', 'some').fi
	);
	await content.getByLabel('Decision').selectOption('accepted');
	await content.getByRole('button', { name: 'Save recommendation' }).click();
	await expect(content.getByRole('status')).toHaveText('Saved.');

	// Editing only the Finnish text.
	await plan.getByLabel('Recommendation in Finnish').fill(OWN_FINNISH);
	await plan.getByLabel('Decision').selectOption('accepted');
	await plan.getByRole('button', { name: 'Save recommendation' }).click();
	await expect(plan.getByRole('status')).toHaveText('Saved.');
	await expect(plan.getByText('edited')).toBeVisible();
	await expect(plan.getByLabel('Recommendation in English')).toHaveValue(
		template('com-integration-plan', 'in-preparation').en
	);
	await expectAccessible(expert);
	// Both become key recommendations; the publish step leaves the undecided rest out.
	for (const c of [content, plan])
		await c.locator('xpath=preceding-sibling::*[1]/descendant-or-self::input[@type="checkbox"]').check();
	await expert.getByLabel('Action', { exact: true }).selectOption('key');
	await expert.getByRole('button', { name: 'Apply to the selected' }).click();
	await expect(expert.getByRole('status').filter({ hasText: 'updated' })).toHaveText(
		'2 recommendations updated.'
	);
	await expert.getByRole('link', { name: 'Continue to publishing' }).click();
	await expect(expert.getByRole('heading', { level: 1, name: /^Publish the results/ })).toBeVisible();
	const leaveOut = expert.getByRole('radio', { name: /^Leave them out/ });
	if ((await leaveOut.count()) > 0) await leaveOut.check();
	await expert.getByRole('button', { name: 'Publish the results' }).click();
	await expect(expert.getByRole('status')).toContainText('published');

	const leader = await (await browser.newContext()).newPage();
	await signIn(leader, DEMO.leader);
	await inLanguage(leader, 'Svenska', async () => {
		await expect(leader.locator('html')).toHaveAttribute('lang', 'sv');
		await leader.goto(`/rounds/${roundId}/report`);
		// Key recommendations come first in the report and again under their area.
		await expect(leader.getByText(template('com-plan-content', 'some').sv).first()).toBeVisible();
		const edited = leader.locator('li').filter({ hasText: OWN_FINNISH }).first();
		await expect(edited.locator('[lang="fi"]')).toHaveText(OWN_FINNISH);
		await expect(edited).toContainText('(endast på finska)');
		await expectAccessible(leader);
	});
	await expect(leader.locator('html')).toHaveAttribute('lang', 'en');
});
