import { outlineToMarkdown } from '$lib/domain/strategy/markdown';
import { strategyExportLabels } from '$lib/server/export-labels';
import { download, fileEndpoint } from '$lib/server/http';
import { currentStrategyOutline } from '$lib/server/services/strategy';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, ({ db, qs, user }) => {
		const { outline, version, year } = currentStrategyOutline(db, qs, user, event.params.id);
		const markdown = outlineToMarkdown(outline, strategyExportLabels(outline.language));
		return download(markdown, 'text/markdown; charset=utf-8', `strategy-${year}-v${version}.md`);
	});
