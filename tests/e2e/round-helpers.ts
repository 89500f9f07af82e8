import { expect, type Page } from '@playwright/test';
import { isScored } from '../../src/lib/domain/questionnaire/schema';
import { loadQuestionnaireDir } from '../../src/lib/server/questionnaire-loader';

export const questionnaire = loadQuestionnaireDir('questionnaires/gri-2026');

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

/** The best answer of every scored question, saved through the autosave API as the signed-in page's user. */
export async function answerEverything(page: Page, roundId: string): Promise<void> {
	for (const area of questionnaire.areas) {
		for (const q of area.questions.filter(isScored)) {
			const value =
				q.type === 'multi_select'
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
