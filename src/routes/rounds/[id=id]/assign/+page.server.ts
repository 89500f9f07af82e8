import { assignmentGridSchema } from '$lib/domain/validation/assignment-grid-form';
import { formAction, userLoad } from '$lib/server/http';
import { mailContext } from '$lib/server/mail/context';
import { wakeMailSender } from '$lib/server/mail/sender';
import { assignmentGrid, saveAssignmentGrid } from '$lib/server/services/assignment-grid';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) =>
	userLoad(event, ({ db, qs, user }) =>
		assignmentGrid(db, qs, user, event.params.id)
	)) satisfies PageServerLoad;

export const actions = {
	save: (event) =>
		formAction(event, { action: 'save', schema: assignmentGridSchema }, ({ db, qs, user }, cells) => {
			const count = saveAssignmentGrid(db, qs, user, event.params.id, cells, mailContext(event));
			wakeMailSender();
			return { saved: true, params: { count } };
		})
} satisfies Actions;
