import Database from 'better-sqlite3';
import { E2E_DB } from '../../playwright.config';

/**
 * Every page of the app, by who can open it: the reflow suite (reflow.spec.ts) visits each one for each
 * of its roles, in every language and at every width. Add your page here when you add a route.
 */
export type Role = 'signedOut' | 'admin' | 'coordinator' | 'member' | 'expert' | 'leader';

/** Ids of the seeded demo the paths need, read from the test database. */
export interface DemoIds {
	municipality: string;
	/** Koivuranta's half-answered 2026 round. */
	draft: string;
	/** Koivuranta's published 2025 round. */
	published: string;
	/** The demo member's account, for the admin's person page. */
	member: string;
}

export interface PageEntry {
	path: (ids: DemoIds) => string;
	roles: Role[];
	/** Also checked at 200 % text (WCAG 1.4.4 with 1.4.10). */
	largeText?: boolean;
	/** Checked with every <details> open, so that the tables folded inside them are measured too. */
	openDetails?: boolean;
}

const everyone: Role[] = ['admin', 'coordinator', 'member', 'expert', 'leader'];
const group: Role[] = ['coordinator', 'member'];
const readers: Role[] = ['coordinator', 'member', 'expert', 'leader'];

export const PAGES: PageEntry[] = [
	{ path: () => '/login', roles: ['signedOut'] },
	{ path: () => '/password/forgot', roles: ['signedOut'] },
	{ path: () => '/methodology', roles: ['signedOut', 'coordinator'] },
	{ path: () => '/dashboard', roles: everyone },
	{ path: () => '/account', roles: everyone },
	{ path: () => '/admin', roles: ['admin'] },
	{ path: () => '/admin/users', roles: ['admin'] },
	{ path: (ids) => `/admin/users/${ids.member}`, roles: ['admin'] },
	{ path: () => '/admin/audit', roles: ['admin'] },
	{ path: () => '/admin/peers', roles: ['admin'] },
	{ path: (ids) => `/admin/municipalities/${ids.municipality}`, roles: ['admin'] },
	{ path: (ids) => `/municipalities/${ids.municipality}`, roles: ['coordinator', 'member', 'leader'] },
	{ path: () => '/review', roles: ['expert'] },
	{ path: (ids) => `/rounds/${ids.draft}`, roles: group },
	{ path: (ids) => `/rounds/${ids.draft}/assign`, roles: ['coordinator'] },
	// The answering page, as one who answers and one who reads; its histories and comments opened.
	{ path: (ids) => `/rounds/${ids.draft}/areas/mediation`, roles: ['member', 'leader'], openDetails: true },
	{ path: (ids) => `/rounds/${ids.published}`, roles: readers },
	{ path: (ids) => `/rounds/${ids.published}/report`, roles: readers, largeText: true },
	{ path: (ids) => `/rounds/${ids.published}/compare`, roles: readers, largeText: true },
	{ path: (ids) => `/rounds/${ids.published}/recommendations`, roles: ['coordinator', 'expert', 'leader'] },
	{ path: (ids) => `/rounds/${ids.published}/strategy`, roles: ['coordinator', 'leader'] },
	{ path: (ids) => `/rounds/${ids.published}/results`, roles: readers, largeText: true }
];

export function demoIds(): DemoIds {
	const db = new Database(E2E_DB, { readonly: true });
	try {
		const one = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { id: string }).id;
		const municipality = one("select id from municipalities where name = 'Koivuranta (demo)'");
		const round = (year: number) =>
			one('select id from assessment_rounds where municipality_id = ? and year = ?', municipality, year);
		return {
			municipality,
			draft: round(2026),
			published: round(2025),
			member: one("select id from users where email = 'member@demo.example'")
		};
	} finally {
		db.close();
	}
}
