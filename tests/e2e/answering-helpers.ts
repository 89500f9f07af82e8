import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';
import { signIn } from './helpers';

/** The demo's half-answered Koivuranta 2026 round. */
export function demoRound2026(): string {
	const db = new Database(E2E_DB, { readonly: true });
	try {
		const row = db
			.prepare(
				`select r.id from assessment_rounds r join municipalities m on m.id = r.municipality_id
				 where m.name = 'Koivuranta (demo)' and r.year = 2026`
			)
			.get() as { id: string };
		return row.id;
	} finally {
		db.close();
	}
}

/** The stored version of one answer (0 when unanswered) and how many saves its history holds. */
export function answerState(roundId: string, code: string): { version: number; saves: number } {
	const db = new Database(E2E_DB, { readonly: true });
	try {
		const answer = db
			.prepare('select version from answers where round_id = ? and question_code = ?')
			.get(roundId, code) as { version: number } | undefined;
		const saves = db
			.prepare("select count(*) as n from audit_log where entity = 'answer' and entity_id = ?")
			.get(`${roundId}:${code}`) as { n: number };
		return { version: answer?.version ?? 0, saves: saves.n };
	} finally {
		db.close();
	}
}

/** A page of its own (own cookies) signed in as the demo account. */
export async function pageAs(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, email);
	return page;
}
