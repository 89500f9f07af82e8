import { eq, inArray } from 'drizzle-orm';
import { isLocale, type Locale } from '../../i18n/locales';
import type { SessionUser } from '../auth';
import type { Db } from '../db/client';
import { municipalities, users, type AssessmentRound } from '../db/schema';
import type { MailContext } from '../mail/context';
import { areaAssignedMail } from '../mail/messages';
import { queueMail } from './mail-outbox';

export interface AreaAssignment {
	round: Pick<AssessmentRound, 'id' | 'municipalityId' | 'year'>;
	area: { code: string; name: Record<Locale, string> };
	/** Only the people newly assigned: someone who already had the area hears nothing again. */
	userIds: string[];
	assigner: SessionUser;
}

/**
 * Tells each newly assigned person, in their language, with a link to the area. Call it in the
 * transaction that stores the assignment. Assigning oneself sends nothing.
 */
export function queueAreaAssignedMails(
	tx: Pick<Db, 'select' | 'insert'>,
	assignment: AreaAssignment,
	mail: MailContext,
	now = new Date()
): void {
	const { round, area, assigner } = assignment;
	const ids = assignment.userIds.filter((id) => id !== assigner.id);
	if (ids.length === 0) return;
	const people = tx
		.select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
		.from(users)
		.where(inArray(users.id, ids))
		.all();
	const municipality = tx
		.select({ name: municipalities.name })
		.from(municipalities)
		.where(eq(municipalities.id, round.municipalityId))
		.get();
	for (const person of people) {
		const locale = isLocale(person.locale) ? person.locale : mail.locale;
		const rendered = areaAssignedMail(locale, {
			name: person.name,
			assigner: assigner.name || assigner.email,
			area: area.name[locale],
			municipality: municipality?.name ?? '',
			year: round.year,
			link: `${mail.origin}/rounds/${round.id}/areas/${area.code}`
		});
		const about = { entity: 'area_assignment', id: `${round.id}:${area.code}` };
		queueMail(tx, { ...rendered, to: person.email, locale, kind: 'area_assigned', about }, now);
	}
}
