import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO = {
	admin: 'admin@demo.example',
	coordinator: 'coordinator@demo.example',
	member: 'member@demo.example',
	member2: 'member2@demo.example',
	expert: 'expert@demo.example',
	leader: 'leader@demo.example',
	otherCoordinator: 'other@demo.example'
} as const;

/** Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		blocking.map(
			(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		),
		`accessibility violations on ${page.url()}`
	).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/dashboard/);
}

/**
 * Runs steps in another language and switches back to English even when a step fails: the choice is the
 * signed-in person's saved preference, and later specs that sign in as them expect English.
 */
export async function inLanguage(page: Page, language: 'Suomi' | 'Svenska', steps: () => Promise<void>) {
	await page.getByRole('button', { name: language }).click();
	try {
		await steps();
	} finally {
		await page.getByRole('button', { name: 'English' }).click();
	}
}

export async function signOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login\?signedOut=1/);
}
