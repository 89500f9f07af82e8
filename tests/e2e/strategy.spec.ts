import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { docxTexts } from '../helpers/docx-text';
import { DEMO, expectAccessible, signIn } from './helpers';
import { publishedRound } from './round-helpers';

test('the coordinator drafts, edits, compares and restores the strategy, exports it, and a leader comments', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	await signIn(page, DEMO.coordinator);
	const roundId = await publishedRound(page, browser, 2038);

	await page.goto(`/rounds/${roundId}`);
	await page.getByRole('link', { name: 'Programme for promoting integration' }).click();
	// The drafting step: every accepted recommendation is offered, each one a measure of its own unless
	// the coordinator combines each area's into one.
	await expect(
		page.getByRole('heading', { name: 'Choose the recommendations that become measures' })
	).toBeVisible();
	const count = page.locator('.draft-step .count');
	await expect(count).toBeVisible();
	await expectAccessible(page);
	const offered = await page.locator('input[name=rec]').count();
	const areas = await page.locator('.draft-step fieldset').count();
	const combine = page.getByLabel('Combine the recommendations of each area into one measure');
	// This round's expert accepted every recommendation, more than a council programme holds: combining
	// each area's into one measure starts ticked, and unticking it says the programme would be long.
	expect(offered).toBeGreaterThan(30);
	await expect(combine).toBeChecked();
	await expect(count).toHaveText(
		`Recommendations chosen: ${offered} / ${offered}. Measures in the draft: ${areas}.`
	);
	await combine.uncheck();
	await expect(count).toHaveText(
		`Recommendations chosen: ${offered} / ${offered}. Measures in the draft: ${offered}. ` +
			"That is more measures than a council programme usually holds (up to 30): untick some, or combine each area's."
	);
	await page.getByRole('button', { name: 'Choose none' }).click();
	await expect(count).toContainText('Recommendations chosen: 0 /');
	await page.getByRole('button', { name: 'Choose all' }).click();
	await expect(count).toContainText(`Recommendations chosen: ${offered} /`);

	// Without JavaScript a refused post comes back with what was chosen and the error beside its field
	// (the language is tampered with on the way, as nothing on the page can make it invalid).
	const plain = await browser.newContext({ javaScriptEnabled: false });
	const noJs = await plain.newPage();
	await signIn(noJs, DEMO.coordinator);
	await noJs.goto(`/rounds/${roundId}/strategy`);
	const boxes = noJs.locator('input[name=rec]');
	await boxes.first().uncheck();
	await noJs.getByLabel('Combine the recommendations of each area into one measure').uncheck();
	await noJs.route(
		(url) => url.search === '?/generate',
		(route) =>
			route.continue({
				postData: route
					.request()
					.postData()!
					.replace(/language=\w+/, 'language=xx')
			})
	);
	await noJs.getByRole('button', { name: 'Draft the programme' }).click();
	await expect(noJs.locator('#draft-language-error')).toHaveText('This value is not valid.');
	await expect(noJs.getByLabel('Language of the draft')).toHaveAttribute('aria-invalid', 'true');
	await expect(boxes.first()).not.toBeChecked();
	await expect(boxes.nth(1)).toBeChecked();
	await expect(
		noJs.getByLabel('Combine the recommendations of each area into one measure')
	).not.toBeChecked();
	await plain.close();

	// The coordinator picks a dozen, each its own measure.
	await page.getByRole('button', { name: 'Choose none' }).click();
	const picked = Math.min(12, offered);
	for (let i = 0; i < picked; i++) await page.locator('input[name=rec]').nth(i).check();
	await expect(count).toHaveText(
		`Recommendations chosen: ${picked} / ${offered}. Measures in the draft: ${picked}.`
	);
	await page.getByRole('button', { name: 'Draft the programme' }).click();
	await expect(page.getByText('Version 1', { exact: true })).toBeVisible();
	// The chosen ones, then the unfinished measures of the previous programme carried forward.
	expect(await page.locator('fieldset[data-measure]').count()).toBeGreaterThanOrEqual(picked);
	await expectAccessible(page);

	const first = page.locator('fieldset[data-measure]').first();
	// Owners come from the sector map in strategy.yaml, never "To be decided".
	const drafted = await first.getByLabel('Responsible').inputValue();
	expect(drafted).not.toBe('');
	expect(drafted).not.toBe('To be decided');
	await expect(first.getByLabel('Measure', { exact: true })).toHaveValue(/^The municipality /);
	await first.getByLabel('Responsible').fill('Culture and leisure services');
	// The phase sets the dates within the council term (2039-2042 for a 2038 round); own dates make it custom.
	const phase = first.getByLabel('Phase in the council term');
	await phase.selectOption('years2_4');
	await expect(first.getByLabel('Start')).toHaveValue('2040-01');
	await expect(first.getByLabel('End')).toHaveValue('2042-12');
	await first.getByLabel('Start').fill('2027-03');
	await first.getByLabel('End').fill('2028-06');
	await expect(phase).toHaveValue('custom');
	await page.getByRole('button', { name: 'Save as a new version' }).click();
	await expect(page.locator('.alert-ok[role=status]')).toHaveText('Saved as version 2.');
	await expect(page.locator('fieldset[data-measure]').first().getByLabel('Responsible')).toHaveValue(
		'Culture and leisure services'
	);

	await page.getByRole('link', { name: 'Versions' }).click();
	const diff = page.getByTestId('version-diff');
	await expect(diff).toContainText('Culture and leisure services');
	await expect(diff).toContainText('2027-03');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Restore version 1' }).click();
	await expect(page.locator('.alert-ok[role=status]')).toHaveText('Saved as version 3.');
	await expect(page.locator('fieldset[data-measure]').first().getByLabel('Responsible')).toHaveValue(drafted);
	// The edited version is not lost: it can be brought back the same way.
	await page.getByRole('link', { name: 'Versions' }).click();
	await page.getByRole('button', { name: 'Restore version 2' }).click();
	await expect(page.locator('.alert-ok[role=status]')).toHaveText('Saved as version 4.');

	// The Finnish version of the same programme: the drafted texts come translated, the edited owner
	// (whose Finnish translation is now outdated) stays as written, months are Finnish.
	await page.getByLabel('Language of the file').selectOption('fi');
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download as Word (DOCX)' }).click();
	await expect(page.getByText(/^The file is ready: strategy-\d+-v4-fi\.docx$/)).toBeVisible();
	const dir = mkdtempSync(join(tmpdir(), 'gri-dl-'));
	const file = join(dir, 'strategy.docx');
	await (await download).saveAs(file);
	const text = docxTexts([file], dir, 180_000)[0]!;
	expect(text).toContain('Koivuranta (demo)');
	expect(text).toContain('Kotoutumisen edistämisen ohjelma');
	expect(text).toContain('Culture and leisure services');
	expect(text).toContain('maaliskuu 2027 – kesäkuu 2028');
	expect(text).not.toMatch(/\b20\d\d-(0[1-9]|1[0-2])\b/);

	// What is not yet translated into Swedish: the edited owner.
	await page.getByRole('link', { name: 'Languages and translations' }).click();
	await page.getByRole('link', { name: 'Svenska' }).click();
	await expect(page.getByText('Not yet translated or outdated: 1 /')).toBeVisible();
	await expectAccessible(page);
	await page.goto(`/rounds/${roundId}/strategy`);

	// A leader reads the draft on a tablet and comments on the measures.
	const tablet = await browser.newContext({ viewport: { width: 820, height: 1180 } });
	const leader = await tablet.newPage();
	await signIn(leader, DEMO.leader);
	await leader.goto(`/rounds/${roundId}/strategy`);
	await expect(leader.getByRole('heading', { name: '4. Measures' })).toBeVisible();
	await expect(leader.getByRole('heading', { name: 'Index summary' })).toBeVisible();
	await expect(leader.getByText('Culture and leisure services').first()).toBeVisible();
	await leader.getByLabel('Comment on “Measures”').fill('Please add the youth services as a partner.');
	await leader.getByRole('button', { name: 'Send comment' }).nth(3).click();
	await expect(leader.getByText('Please add the youth services as a partner.')).toBeVisible();
	await expectAccessible(leader);
	await tablet.close();
});
