import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { appOrmConfig } from '../../server/src/app';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../../server/src/db/embedded';
import { freePort } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database (to create and drop test databases). */
    pgServerUrl: string;
    /** A migrated, empty database every test file clones. */
    pgTemplate: string;
  }
}

/**
 * One real PostgreSQL for the run: DATABASE_URL's server when set, otherwise an
 * embedded one in a temporary folder. Migrations run once, into a template.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dir: string | undefined;
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    serverUrl = url.toString();
  } else {
    dir = mkdtempSync(path.join(tmpdir(), 'governance-test-pg-'));
    // The server runs as its own user (PostgreSQL refuses root): it must be able to reach its folder.
    chmodSync(dir, 0o755);
    // A port the system picks: a random one in the ephemeral range collided with outgoing connections' ports.
    const port = await freePort();
    embedded = await startEmbeddedPostgres(path.join(dir, 'data'), port, false);
    serverUrl = embedded.url('postgres');
  }
  const template = `governance_template_${process.pid}`;
  await dropDatabase(serverUrl, template);
  await ensureDatabase(serverUrl, template);
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${template}`;
  const orm = await MikroORM.init(appOrmConfig({ clientUrl: templateUrl.toString() }));
  await orm.getMigrator().up();
  await orm.close(true);

  project.provide('pgServerUrl', serverUrl);
  project.provide('pgTemplate', template);

  return async () => {
    await dropDatabase(serverUrl, template).catch(() => undefined);
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
