import { redirect } from '@sveltejs/kit';
import { openReviewSchema } from '$lib/domain/validation/review-forms';
import { formAction, userLoad } from '$lib/server/http';
import { expertRounds, startReview } from '$lib/server/services/review';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) => ({
		rounds: expertRounds(db, user),
		titles: Object.fromEntries([...qs.values()].map((q) => [q.framework.id, q.framework.title]))
	}))) satisfies PageServerLoad;

export const actions = {
	/** Opening a submitted round starts its review. */
	open: (event) =>
		formAction(event, { schema: openReviewSchema }, ({ db, qs, user }, { roundId }) => {
			startReview(db, qs, user, roundId);
			redirect(303, `/rounds/${roundId}/review`);
		})
} satisfies Actions;
