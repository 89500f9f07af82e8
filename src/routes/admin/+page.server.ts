import { municipalityFormSchema, municipalityIdSchema } from '$lib/domain/validation/municipality-form';
import { unlockAccountSchema, unlockAddressSchema } from '$lib/domain/validation/sign-in-admin-forms';
import { cancelInvitationAction, inviteAction, resendInvitationAction } from '$lib/server/actions/invite';
import { mailSettings } from '$lib/server/config';
import { formAction, userLoad } from '$lib/server/http';
import { listInvitations } from '$lib/server/services/invitations';
import { signInLimits } from '$lib/server/sign-in-limits';
import { listFailedSignIns, unlockAccount, unlockAddress } from '$lib/server/services/sign-in';
import {
	createMunicipality,
	listAllMunicipalities,
	setMunicipalityArchived
} from '$lib/server/services/municipalities';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(
		event,
		({ db, user }) => ({
			municipalities: listAllMunicipalities(db, user),
			archived: listAllMunicipalities(db, user, { archived: true }),
			invitations: listInvitations(db, user),
			mailEnabled: !!mailSettings(),
			failedSignIns: listFailedSignIns(db, user, { limit: 50, limits: signInLimits() })
		}),
		{ admin: true }
	)) satisfies PageServerLoad;

export const actions = {
	createMunicipality: (event) =>
		formAction(
			event,
			{ action: 'createMunicipality', schema: municipalityFormSchema, admin: true },
			({ db, user }, { confirmDuplicate, ...input }) => ({
				created: createMunicipality(db, user, input, false, { confirmDuplicate }).name
			})
		),
	archive: (event) =>
		formAction(
			event,
			{ action: 'archive', schema: municipalityIdSchema, admin: true },
			({ db, user }, data) => ({ saved: setMunicipalityArchived(db, user, data.municipalityId, true).name })
		),
	unarchive: (event) =>
		formAction(
			event,
			{ action: 'unarchive', schema: municipalityIdSchema, admin: true },
			({ db, user }, data) => ({ saved: setMunicipalityArchived(db, user, data.municipalityId, false).name })
		),
	invite: (event) => inviteAction(event, { admin: true }),
	resendInvitation: (event) => resendInvitationAction(event, { admin: true }),
	cancelInvitation: (event) => cancelInvitationAction(event, { admin: true }),
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
