import { download, fileEndpoint } from '$lib/server/http';
import { openAnswerFile } from '$lib/server/services/answer-files';
import type { RequestHandler } from './$types';

/** An evidence file, for those who may read the round; streamed from disk, never cached. */
export const GET: RequestHandler = (event) =>
	fileEndpoint(event, ({ db, qs, user }) => {
		const file = openAnswerFile(db, qs, user, event.params.id, event.params.file);
		const response = download(file.stream, file.contentType, file.name);
		response.headers.set('content-length', String(file.size));
		return response;
	});
