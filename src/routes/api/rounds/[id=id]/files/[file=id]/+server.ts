import { z } from 'zod';
import { jsonEndpoint } from '$lib/server/http';
import { removeAnswerFile } from '$lib/server/services/answer-files';
import type { RequestHandler } from './$types';

/** Detaches an evidence file from its answer (the body is `{}`). */
export const DELETE: RequestHandler = (event) =>
	jsonEndpoint(event, z.strictObject({}), ({ db, qs, user }) => {
		removeAnswerFile(db, qs, user, event.params.id, event.params.file);
		return { removed: true };
	});
