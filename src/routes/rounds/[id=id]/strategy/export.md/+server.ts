import { outlineToMarkdown } from '$lib/domain/strategy/markdown';
import { download, fileEndpoint } from '$lib/server/http';
import { strategyForExport } from '$lib/server/services/strategy-export';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	fileEndpoint(event, ({ db, qs, user }) => {
		const lang = event.url.searchParams.get('lang');
		const { outline, labels, version, year } = strategyForExport(db, qs, user, event.params.id, lang);
		const markdown = outlineToMarkdown(outline, labels);
		return download(
			markdown,
			'text/markdown; charset=utf-8',
			`strategy-${year}-v${version}-${outline.language}.md`
		);
	});
