import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { ROOT } from '../config';

export const GRAPHIQL_DIST = path.join(ROOT, 'graphiql/dist');

/**
 * The page may load and call only this server: the explorer is bundled from the graphiql
 * npm package (graphiql/), so no CDN, font service or analytics is ever contacted.
 * Monaco runs its language services in workers served from /graphiql/assets.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>GraphiQL</title>
<p>The GraphiQL explorer has not been built: run <code>npm run build:graphiql</code> (npm start does it) and reload.</p>`;

/** GraphiQL at /graphiql (outside production, or with GRAPHIQL=true). */
export function mountGraphiql(router: Router, distDir = GRAPHIQL_DIST): void {
  const index = path.join(distDir, 'index.html');
  router.use('/graphiql', (_req, res, next) => {
    res.setHeader('Content-Security-Policy', CSP);
    next();
  });
  router.use(
    '/graphiql/assets',
    express.static(path.join(distDir, 'assets'), { index: false, immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.get(['/graphiql', '/graphiql/'], (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
    else res.status(503).type('html').send(NOT_BUILT);
  });
}
