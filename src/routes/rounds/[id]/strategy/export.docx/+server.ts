import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { loadOrError, requireUser } from '$lib/server/route-helpers';
import { currentStrategyOutline } from '$lib/server/services/strategy';
import { outlineToDocx } from '$lib/server/strategy-docx';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const { outline, version, year } = loadOrError(() =>
		currentStrategyOutline(getDb(), getQuestionnaires(), user, event.params.id)
	);
	const docx = await outlineToDocx(outline);
	return new Response(new Uint8Array(docx), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': `attachment; filename="strategy-${year}-v${version}.docx"`,
			'cache-control': 'private, no-store'
		}
	});
};
