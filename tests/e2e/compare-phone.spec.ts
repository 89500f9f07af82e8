import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, inLanguage, signIn } from './helpers';
import { demoIds } from './page-list';

/**
 * How much text the chart draws in the outermost columns of its canvas: a label that runs past the edge
 * is cut there ("Mediation and conflict r…"), labels that fit leave the edges blank.
 */
function inkAtEdges(canvas: Locator): Promise<{ left: number; right: number; all: number }> {
	return canvas.evaluate((el: HTMLCanvasElement) => {
		const ctx = el.getContext('2d')!;
		const edge = 3;
		const ink = (x: number, width = edge) => {
			const { data } = ctx.getImageData(x, 0, width, el.height);
			let n = 0;
			// Dark, opaque pixels: text (light grid lines may run to the edge).
			for (let i = 0; i < data.length; i += 4)
				if (data[i + 3]! > 100 && data[i]! + data[i + 1]! + data[i + 2]! < 3 * 140) n++;
			return n;
		};
		return { left: ink(0), right: ink(el.width - edge), all: ink(0, el.width) };
	});
}

/**
 * Every chart on the page, once drawn (a chart's PNG link comes when it is complete): the first, areas
 * against the group mean, has its labels, and no chart has text cut at its edges (area names, or a long
 * group name in the legend).
 */
async function expectWholeLabels(page: Page, name: string): Promise<void> {
	const section = page.getByRole('region', { name: /^(Policy areas|Politiikka-alueet|Politikområdena)/ });
	await expect(section.getByRole('link', { name: /PNG/ })).toBeVisible();
	expect((await inkAtEdges(section.locator('.canvas-box canvas'))).all, `${name}: labels`).toBeGreaterThan(
		1000
	);
	const charts = page.locator('.canvas-box canvas');
	await expect(page.locator('figure.chart').getByRole('link', { name: /PNG/ })).toHaveCount(
		await charts.count()
	);
	for (let i = 0; i < (await charts.count()); i++)
		expect(await inkAtEdges(charts.nth(i)), `${name}: chart ${i + 1}`).toMatchObject({ left: 0, right: 0 });
	// On a phone the legend is page text under the chart, every series name whole within the screen.
	const width = page.viewportSize()!.width;
	if (width >= 600) return;
	const legend = section.locator('figure.chart li');
	expect(await legend.count(), `${name}: legend`).toBeGreaterThanOrEqual(2);
	for (const box of await legend.evaluateAll((items) => items.map((li) => li.getBoundingClientRect())))
		expect(box.right, `${name}: legend inside the screen`).toBeLessThanOrEqual(width);
}

for (const width of [320, 390]) {
	test(`on a ${width} px phone the compare chart of areas shows every area name whole, in English, Finnish and Swedish`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 844 });
		const { published } = demoIds();
		await signIn(page, DEMO.leader);
		await page.goto(`/rounds/${published}/compare`);
		// Twelve names cannot sit around a radar on a phone: the same two series come as bars.
		await expect(page.locator('[data-chart-kind]')).toHaveAttribute('data-chart-kind', 'bars');
		await expectWholeLabels(page, `en-${width}`);

		await inLanguage(page, 'Suomi', async () => {
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Vertailu');
			await expectWholeLabels(page, `fi-${width}`);
		});
		await inLanguage(page, 'Svenska', async () => {
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Jämförelse');
			await expectWholeLabels(page, `sv-${width}`);
		});
	});
}

test('on a tablet the compare page keeps the radar, its area names whole', async ({ page }) => {
	await page.setViewportSize({ width: 768, height: 1024 });
	const { published } = demoIds();
	await signIn(page, DEMO.leader);
	await page.goto(`/rounds/${published}/compare`);
	await expect(page.locator('[data-chart-kind]')).toHaveAttribute('data-chart-kind', 'radar');
	await expectWholeLabels(page, 'en-768');
});
