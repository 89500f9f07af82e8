import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { LOCALE_COOKIE } from '../../src/lib/i18n/locales';
import { DEMO, signIn } from './helpers';
import { PAGES, demoIds, type DemoIds, type Role } from './page-list';

/**
 * WCAG 1.4.10 Reflow and the tablet/phone layouts: every page of every role, in every language, at a
 * small phone (320), a phone (390), an iPad (1024) and a laptop (1280) must not scroll sideways, and
 * every table column must be on screen or reachable inside the table's own labelled, focusable frame.
 * One browser context per role and language; each page is loaded once and resized.
 */
const WIDTHS = [320, 390, 1024, 1280];
const LANGS = ['en', 'fi', 'sv'] as const;
const ROLES: Role[] = ['signedOut', 'admin', 'coordinator', 'member', 'expert', 'leader'];
const ACCOUNT: Record<Exclude<Role, 'signedOut'>, string> = {
	admin: DEMO.admin,
	coordinator: DEMO.coordinator,
	member: DEMO.member,
	expert: DEMO.expert,
	leader: DEMO.leader
};

/** What is wrong with the layout as it is now: sideways page scroll, tables cut off outside a frame. */
function layoutProblems(): string[] {
	const problems: string[] = [];
	const vw = window.innerWidth;
	const doc = document.documentElement;
	if (doc.scrollWidth > vw) problems.push(`page is ${doc.scrollWidth - vw}px wider than the window`);
	for (const table of document.querySelectorAll('table')) {
		const box = table.getBoundingClientRect();
		if (box.width === 0) continue;
		const name = table.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? 'table';
		let frame: HTMLElement | null = table.parentElement;
		while (frame && !['auto', 'scroll'].includes(getComputedStyle(frame).overflowX))
			frame = frame.parentElement;
		if (!frame || frame === document.body || frame === doc) {
			if (box.right > vw + 1 || box.left < -1) problems.push(`${name}: columns off screen, no scroll frame`);
			continue;
		}
		const fb = frame.getBoundingClientRect();
		if (fb.right > vw + 1 || fb.left < -1) problems.push(`${name}: its scroll frame is off screen`);
		const labelled = frame.hasAttribute('aria-label') || frame.hasAttribute('aria-labelledby');
		if (frame.scrollWidth > frame.clientWidth && (frame.tabIndex !== 0 || !labelled))
			problems.push(`${name}: scrolls, but its frame is not a labelled, focusable region`);
	}
	return problems;
}

async function contextFor(browser: Browser, role: Role, lang: string): Promise<BrowserContext> {
	const context = await browser.newContext();
	if (role !== 'signedOut') await signIn(await context.newPage(), ACCOUNT[role]);
	// The cookie wins over the account's language, so the demo accounts stay in English for other tests.
	await context.addCookies([{ name: LOCALE_COOKIE, value: lang, url: test.info().project.use.baseURL! }]);
	return context;
}

async function check(page: Page, label: string, widths: number[], failures: string[]): Promise<void> {
	for (const width of widths) {
		await page.setViewportSize({ width, height: width < 800 ? 844 : 1366 });
		// Charts resize a frame or two after the window does: give the layout a moment to settle.
		let problems: string[] = [];
		for (let attempt = 0; attempt < 6; attempt++) {
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			problems = await page.evaluate(layoutProblems);
			if (problems.length === 0) break;
			await page.waitForTimeout(150);
		}
		for (const p of problems) failures.push(`${label} @${width}: ${p}`);
	}
}

let ids: DemoIds;
test.beforeAll(() => {
	ids = demoIds();
});

for (const role of ROLES) {
	for (const lang of LANGS) {
		test(`no sideways scrolling: ${role}, ${lang}`, async ({ browser }) => {
			test.setTimeout(120_000);
			const context = await contextFor(browser, role, lang);
			const page = await context.newPage();
			const failures: string[] = [];
			for (const entry of PAGES.filter((p) => p.roles.includes(role))) {
				const path = entry.path(ids);
				const response = await page.goto(path);
				if ((response?.status() ?? 500) >= 400) {
					failures.push(`${role} ${lang} ${path}: status ${response?.status()}`);
					continue;
				}
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				if (entry.openDetails)
					await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
				await check(page, `${role} ${lang} ${path}`, WIDTHS, failures);
				if (entry.largeText) {
					await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
					await check(page, `${role} ${lang} ${path} at 200 % text`, [1024, 1280], failures);
				}
			}
			await context.close();
			expect(failures).toEqual([]);
		});
	}
}
