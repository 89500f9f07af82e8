import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectAccessible } from './helpers';

type AreaDef = { code: string; weight?: number; kind: string; parent?: string; name: { en: string } };
const framework = parse(readFileSync('questionnaires/gri-2026/framework.yaml', 'utf8')) as {
	areas: AreaDef[];
};

test('the methodology page states the formulas and exactly the weights of the questionnaire file', async ({
	page
}) => {
	await page.goto('/methodology');
	await expect(page.getByRole('heading', { name: 'How the numbers are computed' })).toBeVisible();
	await expect(page.getByTestId('formula-area')).toHaveText(
		'area score = earned points ÷ maximum points × 100'
	);
	await expect(page.getByTestId('formula-overall')).toContainText('Σ (weight × area score) ÷ Σ weight');
	await expect(page.getByTestId('formula-lens')).toContainText('Education');

	const top = framework.areas.filter((a) => !a.parent);
	const inIndex = top.filter((a) => a.kind === 'core');
	const totalWeight = inIndex.reduce((s, a) => s + (a.weight ?? 1), 0);
	for (const area of top) {
		const row = page.locator(`tr[data-area="${area.code}"]`);
		await expect(row.locator('th')).toHaveText(area.name.en);
		await expect(row.locator('td').nth(1)).toHaveText(String(area.weight ?? 1));
		const share =
			area.kind === 'core'
				? `${(Math.round(((area.weight ?? 1) / totalWeight) * 1000) / 10).toLocaleString('en')} %`
				: 'not in the index';
		await expect(row.locator('td').nth(2)).toHaveText(share);
	}
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Suomi' }).click();
	await expect(page.getByRole('heading', { name: 'Miten luvut lasketaan' })).toBeVisible();
	await expect(page.locator('tr[data-area="education"] th')).toContainText('Koulutus ja varhaiskasvatus');
});

test('the methodology page names the questionnaire source in the page language', async ({ page }) => {
	const { source } = parse(readFileSync('questionnaires/gri-2026-1.1/framework.yaml', 'utf8')) as {
		source: Record<'en' | 'fi' | 'sv', string>;
	};
	const sourceLine = page
		.getByRole('region', { name: /Source|Lähde|Källa/ })
		.locator('p')
		.first();
	await page.goto('/methodology?version=gri-2026-v1-1');
	await expect(sourceLine).toHaveText(source.en);
	await page.getByRole('button', { name: 'Suomi' }).click();
	await expect(sourceLine).toHaveText(source.fi);
	await expect(sourceLine).toContainText('Euroopan neuvoston');
	await page.getByRole('button', { name: 'Svenska' }).click();
	await expect(sourceLine).toHaveText(source.sv);
	await expect(sourceLine).toContainText('Europarådets');
});
