import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';
import { isScored } from '../../src/lib/domain/questionnaire/schema';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

export const questionnaire = loadQuestionnaireDir('questionnaires/gri-2026-1.1');

/** The coordinator opens a round of the demo municipality for the year and lands on its page. */
export async function openRound(page: Page, year: number): Promise<string> {
	await page.getByRole('link', { name: 'Koivuranta (demo)' }).first().click();
	await expect(page.getByRole('heading', { name: 'Assessment rounds' })).toBeVisible();
	if (!(await page.getByLabel('Year').isVisible()))
		await page.getByText('Open a new assessment round').click();
	await page.getByLabel('Year').fill(String(year));
	await page.getByRole('button', { name: 'Open round' }).click();
	await expect(page).toHaveURL(/\/rounds\/[a-z2-7]+$/);
	return page.url().split('/rounds/')[1]!;
}

/**
 * Answers every scored question through the autosave API as the signed-in page's user: the best answer,
 * or a middling one that leaves room for recommendations.
 */
export async function answerEverything(
	page: Page,
	roundId: string,
	mode: 'best' | 'middle' = 'best'
): Promise<void> {
	for (const area of questionnaire.areas) {
		for (const q of area.questions.filter(isScored)) {
			const byPoints =
				'options' in q ? [...q.options].filter((o) => !o.exclusive).sort((x, y) => x.points - y.points) : [];
			const value =
				mode === 'middle'
					? q.type === 'multi_select'
						? { kind: 'options', options: [byPoints[0]!.code] }
						: { kind: 'option', option: q.type === 'yes_partly_no' ? 'partly' : byPoints[1]!.code }
					: q.type === 'multi_select'
						? { kind: 'options', options: q.options.filter((o) => !o.exclusive).map((o) => o.code) }
						: {
								kind: 'option',
								option:
									q.type === 'yes_partly_no'
										? 'yes'
										: [...q.options].sort((x, y) => y.points - x.points)[0]!.code
							};
			const res = await page.request.put(`/api/rounds/${roundId}/answers/${q.code}`, {
				data: { value, justification: 'Filled by the test', evidence: [], baseVersion: 0 }
			});
			expect(res.status(), q.code).toBe(200);
		}
	}
}

/** Submits the open round page's round: the first button opens the consequence, the second submits. */
export async function submitWithConfirmation(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Submit the round…' }).click();
	await expect(page.getByRole('group', { name: /sends the answers of/ })).toBeFocused();
	await page.getByRole('button', { name: 'Yes, submit for review' }).click();
}

/** On the recommendations page: ticks the numbered ones and accepts them as key recommendations. */
export async function chooseKeyRecommendations(expert: Page, numbers: number[]): Promise<void> {
	for (const n of numbers) await expert.getByLabel(`Select recommendation ${n}`, { exact: true }).check();
	await expert.getByLabel('Action', { exact: true }).selectOption('key');
	await expert.getByRole('button', { name: 'Apply to the selected' }).click();
	await expect(expert.getByRole('status').filter({ hasText: 'updated' })).toHaveText(
		`${numbers.length} recommendation${numbers.length === 1 ? '' : 's'} updated.`
	);
}

/**
 * A published round of the demo municipality: the coordinator (signed in on `page`) opens it, answers
 * everything in the middle of the scale and submits; the demo expert opens it for review and publishes.
 */
export async function publishedRound(page: Page, browser: Browser, year: number): Promise<string> {
	const roundId = await openRound(page, year);
	await answerEverything(page, roundId, 'middle');
	await page.reload();
	await submitWithConfirmation(page);
	await expect(page.getByRole('status')).toContainText('submitted');
	const context = await browser.newContext();
	const expert = await context.newPage();
	await signIn(expert, DEMO.expert);
	await expert.goto('/review');
	await expert.getByRole('button', { name: `Open for review Koivuranta (demo) ${year}` }).click();
	await expert.goto(`/rounds/${roundId}/recommendations`);
	await chooseKeyRecommendations(expert, [1, 2, 3]);
	await expert.getByRole('link', { name: 'Continue to publishing' }).click();
	// With middle answers few recommendations are drafted: there may be none left undecided.
	await expect(expert.getByRole('heading', { level: 1, name: /^Publish the results/ })).toBeVisible();
	const acceptAll = expert.getByRole('radio', { name: /^Accept them all/ });
	if ((await acceptAll.count()) > 0) await acceptAll.check();
	await expert.getByRole('button', { name: 'Publish the results' }).click();
	await expect(expert.getByRole('status')).toContainText('published');
	await context.close();
	return roundId;
}
