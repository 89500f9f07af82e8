import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';
import { summarize } from '../../src/lib/domain/comparison/stats';
import { DEMO, expectAccessible, signIn } from './helpers';
import { publishedRound } from './round-helpers';

/** Whether a chart canvas has any drawn (non-transparent) pixel. */
async function canvasIsDrawn(page: Page, index: number): Promise<boolean> {
	return page
		.locator('canvas')
		.nth(index)
		.evaluate((c: HTMLCanvasElement) => {
			const ctx = c.getContext('2d');
			if (!ctx || c.width === 0 || c.height === 0) return false;
			const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
			for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
			return false;
		});
}

/** The peer sample straight from the database: other municipalities' published rounds and reference results. */
function peerOveralls(ownMunicipalityName: string): number[] {
	const db = new Database(E2E_DB, { readonly: true });
	const reference = db
		.prepare("select overall from reference_results where questionnaire_id = 'gri-2026'")
		.all() as Array<{ overall: number }>;
	const published = db
		.prepare(
			`select r.score_summary as s, r.municipality_id as m, r.year as y from assessment_rounds r join municipalities m on m.id = r.municipality_id
			 where r.status = 'published' and m.name <> ? order by r.year`
		)
		.all(ownMunicipalityName) as Array<{ s: string; m: string }>;
	db.close();
	const latest = new Map(published.map((p) => [p.m, (JSON.parse(p.s) as { overall: number }).overall]));
	return [...reference.map((r) => r.overall), ...latest.values()];
}

test('the compare page draws its charts and states the group means and ranks of the peer sample', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await signIn(page, DEMO.coordinator);
	const roundId = await publishedRound(page, browser, 2037);

	await page.goto(`/rounds/${roundId}`);
	await page.getByRole('link', { name: 'Compare with peers' }).click();
	await expect(
		page.getByRole('heading', { name: /Comparison with peers: Koivuranta \(demo\) · 2037/ })
	).toBeVisible();
	await expect(page.locator('canvas')).toHaveCount(4);
	for (let i = 0; i < 4; i++) expect(await canvasIsDrawn(page, i), `chart ${i}`).toBe(true);

	const overallRow = page.getByTestId('compare-table').locator('tr[data-area="overall"]');
	const own = Number((await overallRow.locator('td').nth(0).textContent())!.replace(',', '.'));
	const expected = summarize(own, peerOveralls('Koivuranta (demo)'));
	expect(expected.n).toBeGreaterThan(40);
	await expect(overallRow.locator('td').nth(1)).toHaveText(expected.mean!.toFixed(1));
	await expect(overallRow.locator('td').nth(4)).toHaveText(`${expected.rank} of ${expected.n}`);
	await expect(page.getByTestId('ranking').locator('tr[aria-current="true"] td').first()).toHaveText(
		String(expected.rank)
	);
	await expect(page.getByText(/peers in this group are synthetic demo data/)).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel(/Similar size/).check();
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/group=population/);
	await expect(
		page.getByRole('heading', { name: /Ranking: Similar size \(50,000–99,999 residents\)/ })
	).toBeVisible();
	const csv = await page.request.get(`/rounds/${roundId}/compare.csv?group=population`);
	expect((await csv.text()).split('\r\n')[0]).toBe(
		'\uFEFFarea_code,area,own,group_mean,group_median,group_min,group_max,rank,n,gap_to_mean'
	);
	await expect(page.getByRole('link', { name: /Download as PNG/ }).first()).toHaveAttribute(
		'href',
		/^data:image\/png;base64,/
	);
});
