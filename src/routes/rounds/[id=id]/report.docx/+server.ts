import { download, fileEndpoint } from '$lib/server/http';
import { reportToDocx } from '$lib/server/report-docx';
import { roundReport } from '$lib/server/services/report';
import type { RequestHandler } from './$types';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, async ({ db, qs, user, locale }) => {
		const report = roundReport(db, qs, user, event.params.id, locale);
		const docx = await reportToDocx(report, locale);
		return download(new Uint8Array(docx), DOCX, `index-report-${report.round.year}.docx`);
	});
