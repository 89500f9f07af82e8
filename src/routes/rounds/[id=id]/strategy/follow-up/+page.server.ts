import { measureStatusSchema, progressNoteSchema } from '$lib/domain/validation/strategy-follow-forms';
import { formAction, userLoad } from '$lib/server/http';
import { addProgressNote, followUpPage, setMeasureStatus } from '$lib/server/services/strategy-follow-up';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) =>
		followUpPage(db, qs, user, event.params.id)
	)) satisfies PageServerLoad;

export const actions = {
	status: (event) =>
		formAction(
			event,
			{ action: 'status', schema: measureStatusSchema, echo: { questionCode: 'measureId' } },
			({ db, qs, user }, data) => {
				setMeasureStatus(db, qs, user, event.params.id, data.measureId, data.status);
				return { saved: 'status' };
			}
		),
	note: (event) =>
		formAction(
			event,
			{ action: 'note', schema: progressNoteSchema, echo: { questionCode: 'measureId' } },
			({ db, qs, user }, data) => {
				addProgressNote(db, qs, user, event.params.id, data.measureId, data.body);
				return { saved: 'note' };
			}
		)
} satisfies Actions;
