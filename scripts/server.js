/* The production server: the built app (adapter-node's handler) behind response compression.
   Plain JavaScript run by node itself: a TypeScript loader here would sit in every request's imports and
   double the CPU each autosave costs. Migrations and the demo run before, in scripts/prepare-db.ts. */
import compression from 'compression';
import { createServer } from 'node:http';

process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
// CSV uploads of reference results may be up to 2 MB; adapter-node's default limit is 512 kB. The app's
// own per-route limits are lower (src/lib/server/hooks/body-limit.ts).
// Evidence files may be larger (EVIDENCE_FILE_MAX_MB, 20 by default): the hard cap leaves room for them.
const fileMaxMb = Number(process.env.EVIDENCE_FILE_MAX_MB || 20);
process.env.BODY_SIZE_LIMIT ??= `${Math.ceil(Math.max(3, (Number.isFinite(fileMaxMb) ? fileMaxMb : 20) + 1))}M`;
process.env.DATABASE_URL ??= './data/app.db';

/**
 * Pages are compressed here (brotli or gzip, as the browser accepts) so a deployment needs no proxy for
 * it; static assets are served precompressed by the handler and passed through. Event streams are left
 * alone: buffering them for compression would hold back every message.
 */
const compress = compression({
	threshold: 1024,
	filter: (req, res) =>
		!String(res.getHeader('content-type') ?? '').startsWith('text/event-stream') &&
		compression.filter(req, res)
});

// Imported only now, after the environment above is set: the handler reads it when it loads.
const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);

const server = createServer((req, res) =>
	// @ts-expect-error compression is typed for Express's request and response; it needs only Node's.
	compress(req, res, () =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	)
);
server.listen(Number(process.env.PORT), process.env.HOST ?? '0.0.0.0', () =>
	console.log(`Good Relations Index is running at ${process.env.ORIGIN}`)
);

// Stop taking requests on SIGTERM or Ctrl-C and let the ones under way finish. Open event streams (the
// answering pages' live updates) never finish by themselves: they are cut after a short grace period,
// and the browsers reconnect to the next server.
const stop = () => {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), 3_000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
