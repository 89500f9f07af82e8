import { download, fileEndpoint } from '$lib/server/http';
import { strategyForExport } from '$lib/server/services/strategy-export';
import { outlineToDocx } from '$lib/server/strategy-docx';
import type { RequestHandler } from './$types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, async ({ db, qs, user }) => {
		const lang = event.url.searchParams.get('lang');
		const { outline, labels, version, year } = strategyForExport(db, qs, user, event.params.id, lang);
		const docx = await outlineToDocx(outline, labels);
		return download(new Uint8Array(docx), DOCX, `strategy-${year}-v${version}-${outline.language}.docx`);
	});
