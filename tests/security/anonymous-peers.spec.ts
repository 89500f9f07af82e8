import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { E2E_DB } from '../../playwright.config';
import { signedIn } from './http';

/** The demo's Järvenlinna published its 2025 round anonymously: others must not learn it is them. */
function anonymousPeer() {
	const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
	try {
		return db
			.prepare(
				`select m.id as municipalityId, m.name as name, r.id as roundId from assessment_rounds r
				 join municipalities m on m.id = r.municipality_id
				 where r.status = 'published' and r.visibility = 'anonymous'`
			)
			.get() as { municipalityId: string; name: string; roundId: string };
	} finally {
		db.close();
	}
}

test('the compare page and its CSV never name or identify an anonymous peer', async () => {
	const peer = anonymousPeer();
	expect(peer, 'a demo round published anonymously').toBeTruthy();
	const coordinator = await signedIn('coordinator@demo.example', '198.51.100.90');
	const dashboard = await (await coordinator.get('/dashboard')).text();
	const rounds = [...dashboard.matchAll(/\/rounds\/([a-z2-7]+)/g)].map((m) => m[1]!);
	expect(rounds.length).toBeGreaterThan(0);
	for (const round of new Set(rounds)) {
		for (const path of [
			`/rounds/${round}/compare`,
			`/rounds/${round}/compare?group=custom`,
			`/rounds/${round}/compare.csv`
		]) {
			const res = await coordinator.get(path);
			expect(res.status(), path).toBe(200);
			const body = await res.text();
			expect(body, path).not.toContain(peer.municipalityId);
			expect(body, path).not.toContain(peer.roundId);
			expect(body, path).not.toContain(peer.name);
		}
	}
});
