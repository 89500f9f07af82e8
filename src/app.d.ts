import type { Catalogue } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { SessionUser } from '$lib/server/auth';
import type { Session, SessionEndReason } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** Why the request's session was ended from elsewhere (see server/session-endings.ts), if it was. */
			sessionEnded?: SessionEndReason | null;
			locale: Locale;
		}
		interface PageData {
			locale?: Locale;
			/** The catalogue of the page's language, loaded by src/routes/+layout.ts. */
			messages?: Catalogue;
		}
		interface Error {
			message: string;
			/** Catalogue key, so the error page can speak the user's language. */
			key?: string;
		}
	}
}

export {};
