import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { resources } from '../../../admin/src/generated/resources';
import { loadDemo } from '../../../seeds/demo';
import { ROOT } from '../../../server/src/config';
import { ok, startTestApp, type TestApp } from '../../support/test-app';
import { launchBrowser } from './browser';

export interface ConsoleServer {
  t: TestApp;
  /** http://127.0.0.1:<port>: the real server, /graphql and the built console at /admin/. */
  base: string;
  /** Id of the first record of a list query matching `filter` (e.g. firstId('communities', { code: { eq: 'DH-001' } })). */
  firstId(plural: string, filter?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

let built = false;

/** Builds the console once per test process when its sources changed (admin/build-if-stale.mjs). */
export function buildConsoleOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, 'admin/build-if-stale.mjs')], { stdio: 'inherit', cwd: ROOT });
  built = true;
}

/** The real server on a port of its own, on a fresh database with the demo data set and accounts. */
export async function startConsoleServer(): Promise<ConsoleServer> {
  buildConsoleOnce();
  const t = await startTestApp();
  await loadDemo(t.app.orm);
  const port = await t.app.listen(0, '127.0.0.1');
  return {
    t,
    base: `http://127.0.0.1:${port}`,
    async firstId(plural, filter) {
      const data = ok(
        await t.gql(`query($f: ${filterType(plural)}) { ${plural}(filter: $f, first: 1) { nodes { id } } }`, { f: filter ?? null }),
      );
      return data[plural].nodes[0].id as string;
    },
    close: () => t.close(),
  };
}

/** communities → CommunityFilter, from the console's generated definitions. */
const filterType = (plural: string) => `${resources.find((r) => r.name === plural)!.type}Filter`;

/**
 * The usual browser test file setup: the real server with the demo data and one headless
 * Chromium, both closed after the file. Read `env.server` and `env.browser` inside tests.
 */
export function useConsole(): { server: ConsoleServer; browser: Browser } {
  const env = {} as { server: ConsoleServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startConsoleServer();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
