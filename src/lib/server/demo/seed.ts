import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { expertAssignments, memberships, municipalities, users } from '../db/schema';
import { newId } from '../ids';
import { hashPassword } from '../passwords';
import { writeAudit } from '../services/audit';
import { seedDemoPeers } from './seed-peers';
import { seedDemoRounds } from './seed-rounds';

/** Published in the README: the demo is for trying the app, never for real data. */
export const DEMO_PASSWORD = 'demo-password-2026';

/** Invented municipalities with plausible Finnish sizes and diversity shares. */
const DEMO_MUNICIPALITIES = [
	{
		key: 'koivuranta',
		name: 'Koivuranta (demo)',
		officialCode: 'DEMO-01',
		region: 'Demo region',
		population: 68_400,
		diversityShare: 9.8,
		languages: '["fi"]'
	},
	{
		key: 'jarvenlinna',
		name: 'Järvenlinna (demo)',
		officialCode: 'DEMO-02',
		region: 'Demo region',
		population: 143_000,
		diversityShare: 14.2,
		languages: '["fi","sv"]'
	},
	{
		key: 'stormvik',
		name: 'Stormvik (demo)',
		officialCode: 'DEMO-03',
		region: 'Demo coast',
		population: 21_500,
		diversityShare: 4.1,
		// Bilingual, Swedish-speaking majority: experts write recommendations in Swedish and Finnish.
		languages: '["sv","fi"]'
	}
] as const;

type DemoKey = (typeof DEMO_MUNICIPALITIES)[number]['key'];

export const DEMO_ACCOUNTS: Array<{
	email: string;
	name: string;
	label: string;
	admin?: boolean;
	roles?: Array<{ municipality: DemoKey; role: 'coordinator' | 'member' | 'leader' }>;
	expertFor?: DemoKey[];
}> = [
	{ email: 'admin@demo.example', name: 'Aino Admin (demo)', label: 'admin', admin: true },
	{
		email: 'coordinator@demo.example',
		name: 'Kaisa Koordinaattori (demo)',
		label: 'coordinator of Koivuranta',
		roles: [{ municipality: 'koivuranta', role: 'coordinator' }]
	},
	{
		email: 'member@demo.example',
		name: 'Mikko Member (demo)',
		label: 'member of Koivuranta',
		roles: [{ municipality: 'koivuranta', role: 'member' }]
	},
	{
		email: 'member2@demo.example',
		name: 'Sara Svensson (demo)',
		label: 'member of Koivuranta',
		roles: [{ municipality: 'koivuranta', role: 'member' }]
	},
	{
		email: 'expert@demo.example',
		name: 'Eeva Expert (demo)',
		label: 'expert for Koivuranta and Järvenlinna',
		expertFor: ['koivuranta', 'jarvenlinna']
	},
	{
		email: 'leader@demo.example',
		name: 'Lauri Leader (demo)',
		label: 'leader of Koivuranta',
		roles: [{ municipality: 'koivuranta', role: 'leader' }]
	},
	{
		email: 'other@demo.example',
		name: 'Olli Other (demo)',
		label: 'coordinator of Järvenlinna',
		roles: [{ municipality: 'jarvenlinna', role: 'coordinator' }]
	}
];

export function isDatabaseEmpty(db: Db): boolean {
	const u = db.select({ n: count() }).from(users).get()!.n;
	const m = db.select({ n: count() }).from(municipalities).get()!.n;
	return u === 0 && m === 0;
}

/** Seeds the demo only into an empty database, so real data is never touched. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
	if (!isDatabaseEmpty(db)) return false;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	db.transaction((tx) => {
		const ids = new Map<DemoKey, string>();
		for (const m of DEMO_MUNICIPALITIES) {
			const id = newId();
			ids.set(m.key, id);
			const { key: _key, ...fields } = m;
			tx.insert(municipalities)
				.values({ id, ...fields, country: 'FI', diversityMeasure: 'foreign_language', isDemo: true })
				.run();
		}
		for (const account of DEMO_ACCOUNTS) {
			const userId = newId();
			tx.insert(users)
				.values({
					id: userId,
					email: account.email,
					name: account.name,
					passwordHash,
					isAdmin: !!account.admin
				})
				.run();
			for (const r of account.roles ?? []) {
				tx.insert(memberships)
					.values({ userId, municipalityId: ids.get(r.municipality)!, role: r.role })
					.run();
			}
			for (const key of account.expertFor ?? []) {
				tx.insert(expertAssignments)
					.values({ userId, municipalityId: ids.get(key)! })
					.run();
			}
		}
		writeAudit(tx, { actorUserId: null, action: 'seed_demo', entity: 'database', entityId: 'demo' });
	});
	const admin = db.select({ id: users.id }).from(users).where(eq(users.isAdmin, true)).get()!;
	seedDemoPeers(db, admin.id);
	seedDemoRounds(db);
	return true;
}
