import { z } from 'zod';
import { INVITATION_ROLE_VALUES } from './constants';
import { isRepetitive, PASSWORD_MAX, PASSWORD_MIN } from './password-rules';
import { LOCALES } from '../../i18n/locales';

const email = z
	.string({ error: 'error.required' })
	.trim()
	.min(1, { error: 'error.required' })
	.max(254, { error: 'error.too_long' })
	.pipe(z.email({ error: 'error.email_invalid' }))
	.transform((e) => e.toLowerCase());

const name = z
	.string({ error: 'error.required' })
	.trim()
	.min(1, { error: 'error.required' })
	.max(120, { error: 'error.too_long' });

export { PASSWORD_MIN };
/** The rules a browser may check too; the list of common passwords and the email are checked on the server. */
export const newPassword = z
	.string({ error: 'error.required' })
	.min(PASSWORD_MIN, { error: 'error.password_short' })
	.max(PASSWORD_MAX, { error: 'error.too_long' })
	.refine((p) => !isRepetitive(p), { error: 'error.password_repetitive' });

export const loginSchema = z.object({
	email,
	password: z
		.string({ error: 'error.required' })
		.min(1, { error: 'error.required' })
		.max(200, { error: 'error.too_long' })
});

export const acceptInvitationSchema = z
	.object({ name, password: newPassword, passwordConfirm: z.string({ error: 'error.required' }) })
	.refine((v) => v.password === v.passwordConfirm, {
		error: 'error.password_mismatch',
		path: ['passwordConfirm']
	});

export const acceptInvitationExistingSchema = z.object({
	password: z.string({ error: 'error.required' }).min(1, { error: 'error.required' })
});

export const invitationSchema = z.object({
	email,
	role: z.enum(INVITATION_ROLE_VALUES, { error: 'error.role_invalid' }),
	municipalityId: z
		.string()
		.trim()
		.max(64, { error: 'error.too_long' })
		.optional()
		.transform((v) => (v ? v : undefined))
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
	.object({ password: newPassword, passwordConfirm: z.string({ error: 'error.required' }).max(PASSWORD_MAX) })
	.refine((v) => v.password === v.passwordConfirm, {
		error: 'error.password_mismatch',
		path: ['passwordConfirm']
	});

/** Resending and cancelling name the invitation by its id. */
export const invitationIdSchema = z.object({
	invitationId: z
		.string({ error: 'error.invalid' })
		.trim()
		.min(1, { error: 'error.invalid' })
		.max(64, { error: 'error.too_long' })
});

export type LoginInput = z.infer<typeof loginSchema>;
export type InvitationInput = z.infer<typeof invitationSchema>;

export const localeSchema = z.object({
	locale: z.enum(LOCALES),
	redirectTo: z.string().max(2000).optional()
});
