import { outlineToMarkdown } from '$lib/domain/strategy/markdown';
import { getDb } from '$lib/server/db';
import { getQuestionnaires } from '$lib/server/questionnaires';
import { loadOrError, requireUser } from '$lib/server/route-helpers';
import { currentStrategyOutline } from '$lib/server/services/strategy';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const { outline, version, year } = loadOrError(() =>
		currentStrategyOutline(getDb(), getQuestionnaires(), user, event.params.id)
	);
	return new Response(outlineToMarkdown(outline), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="strategy-${year}-v${version}.md"`,
			'cache-control': 'private, no-store'
		}
	});
};
