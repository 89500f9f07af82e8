import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';
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

/** The first chart, areas against the group mean, once drawn (its PNG link comes when it is complete). */
async function expectWholeLabels(page: Page, name: string): Promise<void> {
	const section = page.getByRole('region', { name: /^(Policy areas|Politiikka-alueet|Politikområdena)/ });
	await expect(section.getByRole('link', { name: /PNG/ })).toBeVisible();
	const canvas = section.locator('canvas');
	const ink = await inkAtEdges(canvas);
	expect(ink.all, `${name}: the chart has its labels`).toBeGreaterThan(1000);
	expect(ink, name).toMatchObject({ left: 0, right: 0 });
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

		try {
			await page.getByRole('button', { name: 'Suomi' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Vertailu');
			await expectWholeLabels(page, `fi-${width}`);
			await page.getByRole('button', { name: 'Svenska' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Jämförelse');
			await expectWholeLabels(page, `sv-${width}`);
		} finally {
			await page.getByRole('button', { name: 'English' }).click();
		}
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
