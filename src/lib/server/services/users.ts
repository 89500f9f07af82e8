import { eq } from 'drizzle-orm';
import type { Locale } from '../../i18n/locales';
import type { Db } from '../db/client';
import { users } from '../db/schema';

/** Remembered with the account, so the language follows the user to another device. */
export function setUserLocale(db: Db, userId: string, locale: Locale): void {
	db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}
