import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>社区治理数据平台</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto">
<h1>社区治理数据平台 · Community governance data platform</h1>
<p>管理控制台尚未构建。运行 <code>npm run build:admin</code> 后刷新本页。</p>
<p>The admin console has not been built yet: run <code>npm run build:admin</code>. The GraphQL API is at <a href="/graphql">/graphql</a>.</p>
</body></html>`;

/** The built console at /admin/ (a single-page app: unknown paths fall back to index.html). */
export function mountAdmin(router: Router, distDir: string): void {
  router.get('/', (_req, res) => res.redirect('/admin/'));
  const index = path.join(distDir, 'index.html');
  router.use('/admin', express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/^\/admin(\/.*)?$/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
    else res.type('html').send(PLACEHOLDER);
  });
}
