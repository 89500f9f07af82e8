import { download, fileEndpoint } from '$lib/server/http';
import { currentStrategyOutline } from '$lib/server/services/strategy';
import { outlineToDocx } from '$lib/server/strategy-docx';
import type { RequestHandler } from './$types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, async ({ db, qs, user }) => {
		const { outline, version, year } = currentStrategyOutline(db, qs, user, event.params.id);
		const docx = await outlineToDocx(outline);
		return download(new Uint8Array(docx), DOCX, `strategy-${year}-v${version}.docx`);
	});
