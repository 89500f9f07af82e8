import { redirect } from '@sveltejs/kit';
import { visibilitySchema } from '$lib/domain/validation/review-forms';
import { assignSchema } from '$lib/domain/validation/round-forms';
import { formAction, userLoad } from '$lib/server/http';
import { mailContext } from '$lib/server/mail/context';
import { wakeMailSender } from '$lib/server/mail/sender';
import { setVisibility } from '$lib/server/services/review';
import { roundOverview } from '$lib/server/services/round-overview';
import { assignArea, reopenRound, submitRound } from '$lib/server/services/rounds';
import { moveRoundToNextVersion, versionMoveFor } from '$lib/server/services/round-version';
import { versionMoveSchema } from '$lib/domain/validation/version-move-form';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) => {
		const overview = roundOverview(db, qs, user, event.params.id);
		const q = qs.get(overview.round.questionnaireId)!;
		return {
			...overview,
			questionnaire: {
				title: q.framework.title,
				areas: q.areas.map((a) => ({ code: a.code, name: a.name, parent: a.parent ?? null }))
			},
			questionTexts: Object.fromEntries(q.areas.flatMap((a) => a.questions.map((x) => [x.code, x.text]))),
			versionMove: overview.manages ? versionMoveFor(qs, overview.round) : null
		};
	})) satisfies PageServerLoad;

export const actions = {
	assign: (event) =>
		formAction(event, { action: 'assign', schema: assignSchema }, ({ db, qs, user }, data) => {
			assignArea(db, qs, user, event.params.id, data.area, data.userIds, mailContext(event));
			wakeMailSender();
			return { saved: data.area };
		}),
	submit: (event) =>
		formAction(event, { action: 'submit' }, ({ db, qs, user }) => {
			submitRound(db, qs, user, event.params.id);
			redirect(303, `/rounds/${event.params.id}?submitted=1`);
		}),
	visibility: (event) =>
		formAction(event, { action: 'visibility', schema: visibilitySchema }, ({ db, qs, user }, data) => {
			setVisibility(db, qs, user, event.params.id, data.visibility);
			return { saved: true };
		}),
	moveVersion: (event) =>
		formAction(event, { action: 'moveVersion', schema: versionMoveSchema }, ({ db, qs, user }) => {
			const moved = moveRoundToNextVersion(db, qs, user, event.params.id);
			const params = {
				version: moved.version,
				carried: moved.carried.length,
				removed: moved.removed.length,
				cleared: moved.cleared.length
			};
			return { saved: true, params };
		}),
	reopen: (event) =>
		formAction(event, { action: 'reopen' }, ({ db, qs, user }) => {
			reopenRound(db, qs, user, event.params.id);
			redirect(303, `/rounds/${event.params.id}`);
		})
} satisfies Actions;
