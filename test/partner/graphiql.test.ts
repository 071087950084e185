import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testBrowserOptions } from '../support/test-browser';

const ROOT = path.join(__dirname, '../..');

let t: TestApp;
let base: string;
beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'graphiql/build-if-stale.mjs')], { stdio: 'inherit' });
  t = await startTestApp();
  base = `http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}`;
});
afterAll(() => t?.close());

/** Every URL a built file names: HTML src/href, CSS url(), and chunk/worker files in JS. */
function referencedUrls(text: string, from: string): string[] {
  const kind = from.endsWith('.css') ? 'css' : from.endsWith('.js') ? 'js' : 'html';
  const urls = [
    ...(kind === 'html' ? [...text.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]) : []),
    ...(kind === 'css' ? [...text.matchAll(/url\((['"]?)([^)'"]+)\1\)/g)].map((m) => m[2]) : []),
    ...[...text.matchAll(/["'`](?:\.\/|\/graphiql\/assets\/|assets\/)([\w.-]+\.(?:js|css|ttf|woff2?))["'`]/g)].map(
      (m) => `/graphiql/assets/${m[1]}`,
    ),
  ].filter((u) => !u.startsWith('data:'));
  return urls.map((u) => new URL(u, from).toString());
}

describe('GraphiQL at /graphiql', () => {
  it('serves the page, and every file it references comes from this server', async () => {
    const page = await fetch(`${base}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('GraphiQL');

    // Walk the references from the page through CSS and JS chunks (workers included).
    const seen = new Set<string>();
    const queue = referencedUrls(html, `${base}/graphiql`);
    expect(queue.length).toBeGreaterThan(1);
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      expect(new URL(url).origin, `${url} is outside this server`).toBe(base);
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      if (/\.(js|css)$/.test(url)) queue.push(...referencedUrls(await res.text(), url));
    }
    expect([...seen].some((u) => u.includes('worker'))).toBe(true);
    expect((await fetch(`${base}/graphiql/assets/missing.js`)).status).toBe(404);
  });

  // Debian's Chromium where installed, else the one in @sparticuz/chromium: never skipped.
  it('runs a query in a real browser without contacting any other address', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch(await testBrowserOptions());
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => void requested.push(r.url()));
      page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
      page.on('pageerror', (e) => void problems.push(e.message));
      await page.goto(`${base}/graphiql`);
      // Run once the editor shows the default query (the button exists before Monaco is ready).
      await page.locator('.graphiql-query-editor .view-lines', { hasText: 'totalCount' }).waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('"totalCount"');
      const outside = requested.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
      expect(outside).toEqual([]);
      expect(requested).toContain(`${base}/graphql`);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('is not served when turned off (production default)', async () => {
    const { loadConfig } = await import('../../server/src/config.js');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x', GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).graphiql).toBe(true);
    expect(() => loadConfig({ GRAPHIQL: 'yes' })).toThrow(/GRAPHIQL must be true or false/);
  });
});
