import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '../../server/src/db/embedded';

/** A new database cloned from the migrated template: each test file gets its own. */
export async function cloneTemplateDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = inject('pgServerUrl');
  const name = `governance_test_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(serverUrl, name, inject('pgTemplate'));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}

/** A copy of a database (nothing may be connected to it meanwhile): CREATE DATABASE … TEMPLATE. */
export async function copyDatabase(sourceUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = inject('pgServerUrl');
  const source = new URL(sourceUrl).pathname.slice(1);
  const name = `governance_test_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(serverUrl, name, source);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(serverUrl, name) };
}
