import { z } from 'zod';
import { INVITATION_ROLE_VALUES } from './constants';

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

export const PASSWORD_MIN = 10;
const newPassword = z
	.string({ error: 'error.required' })
	.min(PASSWORD_MIN, { error: 'error.password_short' })
	.max(200, { error: 'error.too_long' });

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

export type LoginInput = z.infer<typeof loginSchema>;
export type InvitationInput = z.infer<typeof invitationSchema>;
