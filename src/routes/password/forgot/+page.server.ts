import { forgotPasswordSchema } from '$lib/domain/validation/account-forms';
import { config, mailSettings } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { publicFormAction } from '$lib/server/http';
import { mailContext } from '$lib/server/mail/context';
import { wakeMailSender } from '$lib/server/mail/sender';
import { ServiceError } from '$lib/server/services/errors';
import { requestPasswordReset, resetLimits } from '$lib/server/services/password-reset';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => ({ mailEnabled: !!mailSettings() })) satisfies PageServerLoad;

export const actions = {
	// The same answer whether or not the address has an account: only the mailbox's owner learns it.
	default: (event) =>
		publicFormAction(event, { action: 'forgot', schema: forgotPasswordSchema }, (event, data) => {
			const mail = mailContext(event);
			if (!mail) throw new ServiceError(400, 'error.mail_not_configured');
			const request = { email: data.email, address: event.getClientAddress() };
			const options = { mail, minutes: config().PASSWORD_RESET_MINUTES };
			requestPasswordReset(getDb(), resetLimits(), request, options);
			wakeMailSender();
			return { sent: true };
		})
} satisfies Actions;
