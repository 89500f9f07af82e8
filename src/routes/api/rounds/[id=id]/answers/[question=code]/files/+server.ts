import { uploadEndpoint } from '$lib/server/http';
import { uploadAnswerFile } from '$lib/server/services/answer-files';
import type { RequestHandler } from './$types';

/** Attaches one evidence file to the answer: the body is the file, its name in X-File-Name (URI-encoded). */
export const POST: RequestHandler = (event) =>
	uploadEndpoint(event, async ({ db, qs, user }, upload) => ({
		file: await uploadAnswerFile(db, qs, user, event.params.id, event.params.question, upload)
	}));
