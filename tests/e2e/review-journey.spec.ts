import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';
import {
	answerEverything,
	chooseKeyRecommendations,
	openRound,
	submitWithConfirmation
} from './round-helpers';

async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, email);
	return page;
}

test('submit, flag and return, fix and resubmit, edit and reject recommendations, publish, and the leader reads the report', async ({
	page,
	browser
}) => {
	test.setTimeout(360_000);
	// The working group answers and submits.
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2036);
	await answerEverything(page, roundId, 'middle');
	await page.reload();
	await submitWithConfirmation(page);
	await expect(page.getByRole('status')).toHaveText(
		'The answers of Koivuranta (demo) were submitted for review. The working group can no longer edit them.'
	);

	// The expert opens it for review, flags one answer and returns the round.
	const expert = await as(browser, DEMO.expert);
	await expert.getByRole('link', { name: 'Review workspace' }).first().click();
	await expectAccessible(expert);
	await expert.getByRole('button', { name: 'Open for review Koivuranta (demo) 2036' }).click();
	await expect(
		expert.getByRole('heading', { name: /Review of answers · Koivuranta \(demo\) 2036/ })
	).toBeVisible();
	const q = expert.locator('#q-com-integration-plan');
	await expect(expert.getByTestId('answer-com-integration-plan')).toHaveText('A plan is being prepared');
	await q.getByLabel('Needs evidence').check();
	await q.getByLabel('Comment to the working group').fill('Please link the council decision.');
	await q.getByRole('button', { name: /Save assessment/ }).click();
	await expect(q.getByRole('status')).toHaveText('Assessment saved.');
	await expect(expert.getByText('1 answer is flagged')).toBeVisible();
	await expectAccessible(expert);
	await expert.getByText('Return to the working group…').click();
	await expert.getByRole('button', { name: 'Return the round to Koivuranta (demo)' }).click();
	await expect(expert).toHaveURL(/\/review\?returned=/);

	// A member sees the flag, fixes the answer, and the coordinator resubmits.
	const member = await as(browser, DEMO.member);
	await member.goto(`/rounds/${roundId}`);
	await expect(member.getByRole('heading', { name: 'The expert flagged 1 answer' })).toBeVisible();
	await member.getByRole('link', { name: /Commitment: Has the municipality planned/ }).click();
	const fix = member.locator('#q-com-integration-plan');
	await expect(fix.getByRole('note')).toContainText(
		'Expert: Needs evidence. Please link the council decision.'
	);
	await fix.getByLabel('A plan has been adopted and its measures have a budget').check();
	await fix.getByLabel('Address of evidence link 1').fill('https://example.fi/council/2025-12');
	await expect(fix.locator('[data-status]')).toContainText('Saved. Last answered by Mikko Member (demo)', {
		timeout: 15_000
	});
	await expectAccessible(member);
	await page.goto(`/rounds/${roundId}`);
	await submitWithConfirmation(page);
	await expect(page.getByRole('status')).toHaveText(
		'The answers of Koivuranta (demo) were submitted for review. The working group can no longer edit them.'
	);

	// The expert edits one recommendation, rejects another and publishes.
	await expert.goto('/review');
	await expert.getByRole('button', { name: 'Open for review Koivuranta (demo) 2036' }).click();
	await expect(expert.getByTestId('answer-com-integration-plan')).toHaveText(
		'A plan has been adopted and its measures have a budget'
	);
	await expert.getByRole('link', { name: 'Proceed to recommendations' }).click();
	await expectAccessible(expert);
	const commitment = expert.locator('section[aria-labelledby="area-commitment"]');
	// Below the threshold only: commitment keeps one recommendation, so the second is the next area's.
	const recs = expert.locator('article.rec');
	const first = recs.nth(0);
	await first
		.getByLabel('Recommendation in English')
		.fill('Appoint a named integration coordinator with a mandate across departments by 2027.');
	await first.getByLabel('Decision').selectOption('accepted');
	await first.getByRole('button', { name: 'Save recommendation' }).click();
	await expect(first.getByRole('status')).toHaveText('Saved.');
	const second = recs.nth(1);
	const rejectedText = await second.getByLabel('Recommendation in English').inputValue();
	await second.getByLabel('Decision').selectOption('rejected');
	await second.getByRole('button', { name: 'Save recommendation' }).click();
	await expect(second.getByRole('alert')).toHaveText('Give a reason for rejecting the recommendation.');
	await second.getByLabel('Reason, if rejected').fill('Already covered by the wellbeing plan.');
	await second.getByRole('button', { name: 'Save recommendation' }).click();
	await expect(second.getByRole('status')).toHaveText('Saved.');
	await commitment.getByLabel('Strengths').fill('Political commitment is clear.');
	await commitment.getByRole('button', { name: /Save the narrative/ }).click();
	await expect(commitment.getByRole('status').last()).toHaveText('Saved.');
	await chooseKeyRecommendations(expert, [1, 3, 4]);
	await expert.getByRole('link', { name: 'Continue to publishing' }).click();
	await expectAccessible(expert);
	await expert.getByRole('radio', { name: /^Accept them all/ }).check();
	await expert.getByRole('button', { name: 'Publish the results' }).click();
	await expect(expert.getByRole('status')).toHaveText(
		'The results of Koivuranta (demo) 2036 were published. The scores are now frozen.'
	);

	// The leader reads the report.
	const leader = await as(browser, DEMO.leader);
	// The leader lands on the results home from the dashboard and goes on to the report.
	await leader.locator(`a[href="/rounds/${roundId}/results"]`).first().click();
	await leader.getByRole('link', { name: /Index report/ }).click();
	await expect(leader.getByRole('heading', { name: 'Index report: Koivuranta (demo) 2036' })).toBeVisible();
	await expect(
		leader
			.getByText('Appoint a named integration coordinator with a mandate across departments by 2027.')
			.first()
	).toBeVisible();
	await expect(leader.getByText(rejectedText)).toHaveCount(0);
	await expect(leader.getByText('Political commitment is clear.')).toBeVisible();
	await expect(leader.getByTestId('report-overall')).toContainText('/ 100');
	await expectAccessible(leader);
	// Published rounds are read-only, for the expert's review actions as well.
	await leader.goto(`/rounds/${roundId}/areas/commitment`);
	await expect(leader.getByText('The round has been submitted: answers are read-only.')).toBeVisible();
});
