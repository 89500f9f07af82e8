import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { failFrom, requireUser } from '$lib/server/route-helpers';
import { expertRounds, startReview } from '$lib/server/services/review';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const user = requireUser(event);
	const titles = Object.fromEntries(
		[...getQuestionnaires().values()].map((q) => [q.framework.id, q.framework.title])
	);
	return { rounds: expertRounds(getDb(), user), titles };
}) satisfies PageServerLoad;

export const actions = {
	/** Opening a submitted round starts its review. */
	open: async (event) => {
		const user = requireUser(event);
		const parsed = z
			.object({ roundId: z.string().min(1).max(64) })
			.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success)
			return fail(400, { errors: { form: 'error.invalid' as const }, values: {}, params: {} });
		try {
			startReview(getDb(), getQuestionnaires(), user, parsed.data.roundId);
		} catch (e) {
			return failFrom(e);
		}
		redirect(303, `/rounds/${parsed.data.roundId}/review`);
	}
} satisfies Actions;
