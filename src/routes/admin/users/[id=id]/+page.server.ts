import { moveCoordinatorSchema, roleChangeSchema, userIdSchema } from '$lib/domain/validation/people-forms';
import { formAction, userLoad } from '$lib/server/http';
import { listAllMunicipalities } from '$lib/server/services/municipalities';
import { getPerson } from '$lib/server/services/people';
import { grantRole, moveCoordinator, revokeRole } from '$lib/server/services/role-admin';
import { deactivateUser, reactivateUser } from '$lib/server/services/user-status';
import type { Actions, PageServerLoad } from './$types';

const admin = true;
/**
 * Each form names the person too, and it must be the one in the path: a post without it (a stray or
 * forged request) changes nothing.
 */
const prepare = (id: string) => (form: FormData) =>
	form.get('userId') === id ? undefined : ('error.invalid' as const);

export const load = ((event) =>
	userLoad(
		event,
		({ db, user }) => ({
			person: getPerson(db, user, event.params.id),
			municipalities: listAllMunicipalities(db, user).map((m) => ({ id: m.id, name: m.name })),
			isSelf: user.id === event.params.id
		}),
		{ admin }
	)) satisfies PageServerLoad;

export const actions = {
	deactivate: (event) =>
		formAction(
			event,
			{ action: 'deactivate', schema: userIdSchema, admin, prepare: prepare(event.params.id) },
			({ db, user }, data) => {
				deactivateUser(db, user, data.userId);
				return { saved: 'deactivated' };
			}
		),
	reactivate: (event) =>
		formAction(
			event,
			{ action: 'reactivate', schema: userIdSchema, admin, prepare: prepare(event.params.id) },
			({ db, user }, data) => {
				reactivateUser(db, user, data.userId);
				return { saved: 'reactivated' };
			}
		),
	grant: (event) =>
		formAction(
			event,
			{ action: 'grant', schema: roleChangeSchema, admin, prepare: prepare(event.params.id) },
			({ db, user }, data) => {
				grantRole(db, user, data);
				return { saved: 'granted' };
			}
		),
	revoke: (event) =>
		formAction(
			event,
			{ action: 'revoke', schema: roleChangeSchema, admin, prepare: prepare(event.params.id) },
			({ db, user }, data) => {
				revokeRole(db, user, data);
				return { saved: 'revoked' };
			}
		),
	move: (event) =>
		formAction(
			event,
			{ action: 'move', schema: moveCoordinatorSchema, admin, prepare: prepare(event.params.id) },
			({ db, user }, data) => {
				moveCoordinator(db, user, data);
				return { saved: 'moved' };
			}
		)
} satisfies Actions;
