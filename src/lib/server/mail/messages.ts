// The mails the app sends, each written in the recipient's language from the catalogue's `mail.*` texts.
import { layoutMail, type RenderedMail } from '../../domain/mail-layout';
import { FORMAT_LOCALES, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/translate';
import type { InvitationRole } from '../db/schema';

export interface InvitationMailInput {
	inviter: string;
	role: InvitationRole;
	municipality: string | null;
	link: string;
	expiresAt: Date;
}

export function invitationMail(locale: Locale, input: InvitationMailInput): RenderedMail {
	const app = translate(locale, 'app.name');
	const role = translate(locale, `role.${input.role}`);
	const date = input.expiresAt.toLocaleDateString(FORMAT_LOCALES[locale], { dateStyle: 'long' });
	return layoutMail({
		lang: locale,
		subject: translate(locale, 'mail.invitation.subject', { app }),
		greeting: translate(locale, 'mail.greeting'),
		paragraphs: [
			input.municipality
				? translate(locale, 'mail.invitation.body', {
						inviter: input.inviter,
						municipality: input.municipality,
						role,
						app
					})
				: translate(locale, 'mail.invitation.body_platform', { inviter: input.inviter, role, app }),
			translate(locale, 'mail.invitation.expiry', { date })
		],
		action: { label: translate(locale, 'mail.invitation.action'), url: input.link },
		footer: translate(locale, 'mail.invitation.footer')
	});
}

export interface PasswordResetMailInput {
	name: string;
	email: string;
	link: string;
	minutes: number;
}

export function passwordResetMail(locale: Locale, input: PasswordResetMailInput): RenderedMail {
	const app = translate(locale, 'app.name');
	return layoutMail({
		lang: locale,
		subject: translate(locale, 'mail.reset.subject', { app }),
		greeting: input.name
			? translate(locale, 'mail.greeting_name', { name: input.name })
			: translate(locale, 'mail.greeting'),
		paragraphs: [
			translate(locale, 'mail.reset.body', { email: input.email, app }),
			translate(locale, 'mail.reset.expiry', { minutes: input.minutes })
		],
		action: { label: translate(locale, 'mail.reset.action'), url: input.link },
		footer: translate(locale, 'mail.reset.footer')
	});
}

export interface AreaAssignedMailInput {
	name: string;
	assigner: string;
	area: string;
	municipality: string;
	year: number;
	link: string;
}

export function areaAssignedMail(locale: Locale, input: AreaAssignedMailInput): RenderedMail {
	const { area, municipality } = input;
	return layoutMail({
		lang: locale,
		subject: translate(locale, 'mail.area.subject', { area }),
		greeting: input.name
			? translate(locale, 'mail.greeting_name', { name: input.name })
			: translate(locale, 'mail.greeting'),
		paragraphs: [
			// The year as written, not as a number formatted for the locale (2 026).
			translate(locale, 'mail.area.body', {
				assigner: input.assigner,
				area,
				municipality,
				year: String(input.year)
			}),
			translate(locale, 'mail.area.hint')
		],
		action: { label: translate(locale, 'mail.area.action'), url: input.link },
		footer: translate(locale, 'mail.area.footer', { municipality })
	});
}
