import { eq } from 'drizzle-orm';
import type { Locale } from '../../i18n/locales';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { invalidateUserCaches } from '../user-caches';
import { writeAudit } from './audit';

/** Remembered with the account, so the language follows the user to another device. Audited when it changes. */
export function setUserLocale(db: Db, userId: string, locale: Locale): void {
	db.transaction((tx) => {
		const before = tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).get();
		if (!before || before.locale === locale) return;
		tx.update(users).set({ locale }).where(eq(users.id, userId)).run();
		writeAudit(tx, {
			actorUserId: userId,
			action: 'set_locale',
			entity: 'user',
			entityId: userId,
			oldValue: before.locale,
			newValue: locale
		});
	});
	// The session's cached user carries the locale.
	invalidateUserCaches(userId);
}
