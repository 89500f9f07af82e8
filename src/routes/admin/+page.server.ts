import { municipalitySchema } from '$lib/domain/validation/municipality-form';
import { unlockAccountSchema, unlockAddressSchema } from '$lib/domain/validation/sign-in-admin-forms';
import { inviteAction } from '$lib/server/actions/invite';
import { formAction, userLoad } from '$lib/server/http';
import { listInvitations } from '$lib/server/services/invitations';
import { signInLimits } from '$lib/server/sign-in-limits';
import { listFailedSignIns, unlockAccount, unlockAddress } from '$lib/server/services/sign-in';
import { createMunicipality, listAllMunicipalities } from '$lib/server/services/municipalities';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(
		event,
		({ db, user }) => ({
			municipalities: listAllMunicipalities(db, user),
			invitations: listInvitations(db, user),
			failedSignIns: listFailedSignIns(db, user, { limit: 50, limits: signInLimits() })
		}),
		{ admin: true }
	)) satisfies PageServerLoad;

export const actions = {
	createMunicipality: (event) =>
		formAction(
			event,
			{ action: 'createMunicipality', schema: municipalitySchema, admin: true },
			({ db, user }, data) => ({ created: createMunicipality(db, user, data).name })
		),
	invite: (event) => inviteAction(event, { admin: true }),
	unlockAccount: (event) =>
		formAction(
			event,
			{ action: 'unlockAccount', schema: unlockAccountSchema, admin: true },
			({ db, user }, data) => {
				unlockAccount(db, signInLimits(), user, data.userId);
				return { unlocked: data.userId };
			}
		),
	unlockAddress: (event) =>
		formAction(
			event,
			{ action: 'unlockAddress', schema: unlockAddressSchema, admin: true },
			({ db, user }, data) => {
				unlockAddress(db, signInLimits(), user, data.address);
				return { unlocked: data.address };
			}
		)
} satisfies Actions;
