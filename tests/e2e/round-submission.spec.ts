import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './helpers';
import { answerEverything, openRound, submitWithConfirmation } from './round-helpers';

test('the coordinator submits a complete round and members can no longer edit it', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2033);

	// Submitting too early lists what is missing, with links to the questions.
	await submitWithConfirmation(page);
	await expect(page.getByRole('alert')).toHaveText('84 mandatory questions are still unanswered.');
	await expect(page.getByText('84 mandatory questions still need an answer')).toBeVisible();
	const firstMissing = page.locator('ul.missing a').first();
	await expect(firstMissing).toHaveAttribute(
		'href',
		`/rounds/${roundId}/areas/commitment#q-com-integration-plan`
	);

	await answerEverything(page, roundId);
	await page.reload();
	await expect(page.getByText('Every mandatory question has an answer.')).toBeVisible();
	await expect(page.getByTestId('overall-score')).toHaveText('100.0');
	await expectAccessible(page);
	await submitWithConfirmation(page);
	await expect(page.getByRole('status')).toHaveText(
		'The answers of Koivuranta (demo) were submitted for review. The working group can no longer edit them.'
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Submitted');

	const member = await browser.newContext();
	const pm = await member.newPage();
	await signIn(pm, DEMO.member);
	await pm.goto(`/rounds/${roundId}/areas/commitment`);
	await expect(pm.getByText('The round has been submitted: answers are read-only.')).toBeVisible();
	// The reading view: the answer in words, no form controls.
	await expect(pm.locator('#q-com-integration-plan input[type=radio]')).toHaveCount(0);
	await expect(pm.locator('#q-com-integration-plan').getByTestId('answer-reading')).toContainText(
		'A plan has been adopted and its measures have a budget'
	);
	await expectAccessible(pm);
	const refused = await pm.request.put(`/api/rounds/${roundId}/answers/com-integration-plan`, {
		data: { value: { kind: 'option', option: 'none' }, justification: '', evidence: [], baseVersion: 1 }
	});
	expect(refused.status()).toBe(409);
	expect((await refused.json()).error).toBe('error.round_locked');

	// The export holds every answer with who gave it.
	const csv = await pm.request.get(`/rounds/${roundId}/export.csv`);
	const text = await csv.text();
	expect(text.split('\r\n')[0]).toContain('area_code,area,question_code,question,type,answer');
	expect(text).toContain('com-integration-plan');
	expect(text).toContain('Kaisa Koordinaattori (demo)');
	await member.close();

	// Before the review starts the coordinator may take it back.
	await page.getByRole('button', { name: 'Reopen for editing' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Draft');
});

test('an area can be answered without JavaScript, as a plain form post', async ({ page, browser }) => {
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, 2034);
	const plain = await browser.newContext({ javaScriptEnabled: false });
	const p = await plain.newPage();
	await p.goto('/login');
	await p.getByLabel('Email address').fill(DEMO.member);
	await p.getByLabel('Password').fill('demo-password-2026');
	await p.getByRole('button', { name: 'Sign in' }).click();
	await p.goto(`/rounds/${roundId}/areas/commitment`);
	const q = p.locator('#q-com-public-statement');
	await q.getByLabel('Yes').check();
	await q.getByLabel('Justification').fill('Mayor’s speech at the council, 3 March');
	await q.getByLabel('Address of evidence link 1').fill('https://example.fi/speech');
	await q.getByLabel('Title of evidence link 1').fill('Speech');
	await q.getByRole('button', { name: 'Save answer' }).click();
	await expect(p.getByText('Answer saved.')).toBeVisible();
	await expect(p.locator('#q-com-public-statement').getByLabel('Yes')).toBeChecked();
	await expect(p.locator('#q-com-public-statement').getByLabel('Address of evidence link 1')).toHaveValue(
		'https://example.fi/speech'
	);
	await expect(p.locator('#q-com-public-statement [data-status]')).toContainText('Mikko Member (demo)');
	await plain.close();
});
