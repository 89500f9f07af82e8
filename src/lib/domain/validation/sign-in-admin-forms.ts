import { z } from 'zod';

/** An admin lifts the sign-in pauses of one account (services/sign-in.ts unlockAccount). */
export const unlockAccountSchema = z.object({
	userId: z.string({ error: 'error.required' }).trim().min(1, { error: 'error.required' }).max(64)
});

/** An admin lifts the sign-in limits of one client address (services/sign-in.ts unlockAddress). */
export const unlockAddressSchema = z.object({
	address: z
		.string({ error: 'error.required' })
		.trim()
		.min(1, { error: 'error.required' })
		.max(100, { error: 'error.too_long' })
});
