import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectAccessible, inLanguage, signIn } from './helpers';
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

// A year no other spec uses, so this round's review does not meet theirs in the shared e2e database.
const YEAR = 2051;
const TOWN = 'Koivuranta (demo)';

test('the expert marks an area OK, returns with a note, keeps 3 key recommendations and leaves the rest out', async ({
	page,
	browser
}) => {
	test.setTimeout(360_000);
	await signIn(page, DEMO.coordinator);
	const roundId = await openRound(page, YEAR);
	await answerEverything(page, roundId, 'middle');
	await page.reload();
	await submitWithConfirmation(page);
	await expect(page.getByRole('status')).toContainText('submitted');

	// Review: the municipality is named; the rest of the first area is marked OK at once.
	const expert = await as(browser, DEMO.expert);
	await expert.goto('/review');
	await expert.getByRole('button', { name: `Open for review ${TOWN} ${YEAR}` }).click();
	const heading = `Review of answers · ${TOWN} ${YEAR}`;
	await expect(expert.getByRole('heading', { level: 1 })).toContainText(heading);
	await expect(expert).toHaveTitle(new RegExp(`^Review of answers · Koivuranta \\(demo\\) ${YEAR}`));
	await expert.getByRole('button', { name: /^Mark all \d+ unassessed answers of this area OK$/ }).click();
	await expect(expert.getByRole('status')).toHaveText(/^\d+ answers marked OK\.$/);
	await expect(expert.getByText('Every answer of this area has been assessed.')).toBeVisible();
	await expect(expert.locator('input[type=radio][value=ok]:checked')).not.toHaveCount(0);
	await expectAccessible(expert);

	// Return with a covering note; the coordinator reads it on the round page.
	await expert.getByText('Return to the working group…').click();
	await expect(
		expert.getByText(/goes back to the working group of Koivuranta \(demo\) as a draft/)
	).toBeVisible();
	await expert
		.getByLabel('Covering note to the working group (optional)')
		.fill('Please add the council decision.');
	await expectAccessible(expert);
	await expert.getByRole('button', { name: `Return the round to ${TOWN}` }).click();
	await expect(expert.getByRole('status')).toHaveText(
		`The round ${TOWN} ${YEAR} was returned to the working group.`
	);
	await page.goto(`/rounds/${roundId}`);
	const note = page.getByRole('region', { name: 'Covering note from the expert' });
	await expect(note).toContainText('Please add the council decision.');
	await submitWithConfirmation(page);
	await expect(page.getByRole('status')).toContainText('submitted');

	// Curation: three become key recommendations, the rest stay undecided.
	await expert.goto('/review');
	await expert.getByRole('button', { name: `Open for review ${TOWN} ${YEAR}` }).click();
	await expert.getByRole('link', { name: 'Proceed to recommendations' }).click();
	await expect(expert.getByRole('heading', { level: 1 })).toContainText(`Recommendations · ${TOWN} ${YEAR}`);
	const cards = expert.locator('article.rec');
	const total = await cards.count();
	expect(total).toBeGreaterThan(5);
	const chosen = await Promise.all(
		[0, 1, 2].map((i) => cards.nth(i).getByLabel('Recommendation in English').inputValue())
	);
	await chooseKeyRecommendations(expert, [1, 2, 3]);
	await expect(expert.getByTestId('keys-count')).toHaveText(
		'Key recommendations chosen: 3 (to publish: 3–5).'
	);
	await expect(expert.getByText('★ Key recommendation')).toHaveCount(3);
	await expectAccessible(expert);

	// The publish step names what is undecided and insists on a choice.
	await expert.getByRole('link', { name: 'Continue to publishing' }).click();
	await expect(expert.getByRole('heading', { level: 1 })).toHaveText(`Publish the results · ${TOWN} ${YEAR}`);
	await expect(expert).toHaveTitle(new RegExp(`Publish the results · Koivuranta \\(demo\\) ${YEAR}`));
	await expect(
		expert.getByRole('heading', { name: `${total - 3} recommendations are still undecided` })
	).toBeVisible();
	await expect(expert.getByText(/Publishing freezes the scores of Koivuranta \(demo\) 2051/)).toBeVisible();
	await expectAccessible(expert);
	await expert.getByRole('button', { name: 'Publish the results' }).click();
	const choice = expert.getByRole('group', { name: 'What to do with the undecided recommendations' });
	await expect(expert.getByRole('alert')).toHaveText(
		`${total - 3} recommendations are still undecided: choose whether to accept them or leave them out.`
	);
	await expect(choice).toHaveAttribute('aria-describedby', 'choice-error');
	await choice.getByRole('radio', { name: /^Leave them out/ }).check();
	await expert.getByRole('button', { name: 'Publish the results' }).click();
	await expect(expert.getByRole('status')).toHaveText(
		`The results of ${TOWN} ${YEAR} were published. The scores are now frozen.`
	);

	// The report holds exactly the three, key ones first.
	const key = expert.getByRole('region', { name: 'Key recommendations' });
	await expect(key.getByRole('listitem')).toHaveCount(3);
	for (const text of chosen) await expect(key).toContainText(text);
	await expect(expert.locator('section.area li')).toHaveCount(3);
	await expectAccessible(expert);

	// In Swedish too (the language is put back afterwards: it is stored with the account).
	await page.goto(`/rounds/${roundId}/report`);
	await inLanguage(page, 'Svenska', async () => {
		const nyckel = page.getByRole('region', { name: 'Nyckelrekommendationer' });
		await expect(nyckel.getByRole('listitem')).toHaveCount(3);
		await expect(page.locator('section.area li')).toHaveCount(3);
		// The templates render in Swedish, not in the English the expert read them in.
		await expect(nyckel).not.toContainText(chosen[0]!);
		await expect(page.getByRole('link', { name: 'Ladda ner rapporten (Word)' })).toBeVisible();
	});
	await expect(page.getByRole('region', { name: 'Key recommendations' })).toBeVisible();
});

test('the printed report has page numbers and no near-empty page', async ({ page }) => {
	await signIn(page, DEMO.expert);
	await page.goto('/review');
	await page.getByRole('link', { name: `Index report ${TOWN} 2025` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Index report: ${TOWN} 2025`);
	await expect(page.getByRole('region', { name: 'Key recommendations' }).getByRole('listitem')).toHaveCount(
		4
	);
	// Each area's chart has its data table as the text alternative.
	const chart = page.getByRole('figure').first();
	await expect(chart.getByRole('columnheader', { name: 'Score (0–100)' })).toBeVisible();
	await expect(chart.getByRole('rowheader', { name: /Whole sample, mean/ })).toBeVisible();
	await expectAccessible(page);

	const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
	try {
		const pdf = join(dir, 'report.pdf');
		writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		execFileSync('pdftotext', ['-bbox-layout', pdf, join(dir, 'boxes.html')], { timeout: 30_000 });
		const html = readFileSync(join(dir, 'boxes.html'), 'utf8');
		const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
		expect(pages.length).toBeGreaterThan(1);
		// A4 with 18 mm at the top and 20 mm at the foot, in points.
		const top = 18 * 2.835;
		const bottom = 20 * 2.835;
		pages.forEach(([, , h, body], i) => {
			const height = Number(h);
			const all = [
				...body!.matchAll(
					/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g
				)
			];
			const footer = all
				.filter((w) => Number(w[1]) > height - bottom)
				.map((w) => w[3])
				.join(' ');
			expect(footer, `page ${i + 1}`).toBe(`${i + 1} / ${pages.length}`);
			if (i < pages.length - 1) {
				const lowest = Math.max(
					...all.filter((w) => Number(w[1]) <= height - bottom).map((w) => Number(w[2]))
				);
				const filled = (lowest - top) / (height - top - bottom);
				expect(filled, `page ${i + 1} is only ${Math.round(filled * 100)} % full`).toBeGreaterThan(0.25);
			}
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
