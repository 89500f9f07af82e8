import { z } from 'zod';
import { newPassword } from './account-forms';
import { MUNICIPALITY_ROLE_VALUES } from './constants';
import { PASSWORD_MAX } from './password-rules';

/** Row ids as the forms send them back (server/ids.ts makes 20 base32 characters). */
const rowId = z
	.string({ error: 'error.invalid' })
	.trim()
	.min(1, { error: 'error.invalid' })
	.max(64, { error: 'error.too_long' });

/** Roles an admin grants or revokes per municipality; admin itself is platform-wide. */
export const GRANTABLE_ROLES = [...MUNICIPALITY_ROLE_VALUES, 'expert'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export const userIdSchema = z.object({ userId: rowId });

export const roleChangeSchema = z.object({
	userId: rowId,
	role: z.enum([...GRANTABLE_ROLES, 'admin'], { error: 'error.role_invalid' }),
	municipalityId: rowId.optional().or(z.literal('').transform(() => undefined))
});
export type RoleChange = z.infer<typeof roleChangeSchema>;

export const moveCoordinatorSchema = z.object({
	userId: rowId,
	fromMunicipalityId: rowId,
	toMunicipalityId: z.string({ error: 'error.required' }).trim().min(1, { error: 'error.required' }).max(64)
});

/** A coordinator's changes to the working group: a member becomes a leader or back. */
export const groupRoleSchema = z.object({
	userId: rowId,
	role: z.enum(['member', 'leader'], { error: 'error.role_invalid' })
});

/** Removing needs a second, explicit step, so a stray click removes no one (see WorkingGroup.svelte). */
export const removeFromGroupSchema = z.object({
	userId: rowId,
	confirm: z.literal('yes', { error: 'error.confirm_required' })
});

const query = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.catch(undefined)
		.transform((v) => v || undefined);

/** The users page's search: a bad value is dropped rather than refused, as in any search box. */
export const userSearchSchema = z.object({
	q: query(120),
	role: z
		.enum([...GRANTABLE_ROLES, 'admin', 'deactivated'])
		.optional()
		.catch(undefined)
});
export type UserSearch = z.infer<typeof userSearchSchema>;

const day = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
	.optional()
	.catch(undefined);

export const auditQuerySchema = z.object({
	municipality: query(64),
	user: query(120),
	action: query(64),
	from: day,
	to: day,
	page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const changePasswordSchema = z
	.object({
		currentPassword: z
			.string({ error: 'error.required' })
			.min(1, { error: 'error.required' })
			.max(PASSWORD_MAX, { error: 'error.too_long' }),
		// The rules of invitation acceptance; the common-password list is checked by the service.
		password: newPassword,
		passwordConfirm: z.string({ error: 'error.required' }).max(PASSWORD_MAX)
	})
	.refine((v) => v.password === v.passwordConfirm, {
		error: 'error.password_mismatch',
		path: ['passwordConfirm']
	});

/** A session as the account page names it: a handle derived from its id, never the id itself. */
export const endSessionSchema = z.object({
	session: z
		.string({ error: 'error.invalid' })
		.trim()
		.regex(/^[0-9a-f]{32}$/, { error: 'error.invalid' })
});
