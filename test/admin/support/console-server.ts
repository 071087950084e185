import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../../server/src/config';
import { buildSmallCity, type SmallCity } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/test-app';
import { createConsoleAccounts } from './accounts';

export interface ConsoleServer {
  t: TestApp;
  city: SmallCity;
  /** http://127.0.0.1:<port>: the real server, /graphql and the built console at /admin/. */
  base: string;
  close(): Promise<void>;
}

let built = false;

/** Builds the console once per process when its sources changed (admin/build-if-stale.mjs). */
export function buildConsoleOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, 'admin/build-if-stale.mjs')], { stdio: 'inherit', cwd: ROOT });
  built = true;
}

/** The real server on a port of its own, on a fresh database with data and the demo accounts. */
export async function startConsoleServer(): Promise<ConsoleServer> {
  buildConsoleOnce();
  const t = await startTestApp();
  const city = await buildSmallCity(t);
  await createConsoleAccounts(t, city);
  const port = await t.app.listen(0, '127.0.0.1');
  return { t, city, base: `http://127.0.0.1:${port}`, close: () => t.close() };
}
