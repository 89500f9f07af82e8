import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../src/lib/server/db/schema';
import type { MailContext } from '../../src/lib/server/mail/context';
import { deliverDueMail } from '../../src/lib/server/services/mail-outbox';
import { assignArea } from '../../src/lib/server/services/rounds';
import { grant } from '../helpers/db';
import { linkIn, startSmtp, transportTo, type TestSmtp } from '../helpers/smtp';
import { questionnaires, roundSetup } from './round-fixtures';

const ORIGIN = 'https://gri.example.fi';
const FINNISH_PAGE: MailContext = { origin: ORIGIN, locale: 'fi' };

let smtp: TestSmtp;
beforeAll(async () => {
	smtp = await startSmtp();
});
afterAll(() => smtp.close());
beforeEach(() => {
	smtp.received.length = 0;
});

describe('mail when an area is assigned', () => {
	it('tells each newly assigned member in their own language, with a link to the area', async () => {
		const { db, coordinator, member, member2, round } = roundSetup();
		db.update(users).set({ locale: 'sv' }).where(eq(users.id, member.id)).run();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id, member2.id], FINNISH_PAGE);
		await deliverDueMail(db, transportTo(smtp), new Date());

		const to = (email: string) => smtp.received.find((m) => m.to.includes(email))!;
		const swedish = to(member.email);
		expect(swedish.subject).toBe('Ett politikområde har tilldelats dig: Område A');
		expect(swedish.text).toContain('Hej Mikko Member,');
		expect(swedish.text).toContain(
			'Kaisa Coordinator har gett dig ansvaret för politikområdet ”Område A” i bedömningsomgången 2026 för Koivuranta.'
		);
		expect(linkIn(swedish, ORIGIN)).toBe(`${ORIGIN}/rounds/${round.id}/areas/a`);
		// Without a language of her own, Sara gets the coordinator's page language.
		expect(to(member2.email).subject).toBe('Vastuullesi annettiin politiikka-alue: Alue A');
	});

	it('does not mail those who already had the area, nor the coordinator assigning themselves', async () => {
		const { db, town, coordinator, member, member2, round } = roundSetup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id], FINNISH_PAGE);
		grant(db, coordinator, town.id, 'member');
		const everyone = [member.id, member2.id, coordinator.id];
		assignArea(db, questionnaires, coordinator, round.id, 'a', everyone, FINNISH_PAGE);
		await deliverDueMail(db, transportTo(smtp), new Date());
		expect(smtp.received.flatMap((m) => m.to).sort()).toEqual([member.email, member2.email].sort());
	});

	it('mails nothing without mail settings', async () => {
		const { db, coordinator, member, round } = roundSetup();
		assignArea(db, questionnaires, coordinator, round.id, 'a', [member.id]);
		expect(await deliverDueMail(db, transportTo(smtp), new Date())).toEqual({
			sent: 0,
			retried: 0,
			failed: 0
		});
	});
});
