import type { MikroORM } from '@mikro-orm/postgresql';
import type { RetentionSettings } from '../../config';
import { runRetention, type RetentionResult } from './run';

const DAY_MS = 24 * 3600 * 1000;
/** The first run waits a little after start, so a start (or a restart loop) is not slowed by it. */
const FIRST_RUN_MS = 60 * 1000;

export const summaryOf = (r: RetentionResult): string =>
  r.skipped
    ? 'another process holds the retention lock; it does the work'
    : r.types.map((t) => `${t.type} ${t.records.length}`).join(', ') || 'no type declares a retention';

/** Where the daily job says what it did (the app's logger in the server). */
export interface RetentionLog {
  info(message: string): void;
  error(message: string, err: unknown): void;
}

/**
 * RETENTION_DAILY=true: the server runs the retention once a day. Every server process may
 * have it on: each batch takes the advisory lock (run.ts), so only one of them writes at a
 * time and none twice. A failure is logged and tried again the next day. Returns the stop.
 */
export function scheduleDailyRetention(
  orm: MikroORM,
  settings: RetentionSettings,
  opts: { firstRunMs?: number; onRun?: (result: RetentionResult) => void; log?: RetentionLog } = {},
): () => void {
  const log = opts.log ?? { info: (m: string) => console.log(m), error: (m: string, err: unknown) => console.error(m, err) };
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runRetention(orm.em.fork(), settings, { actor: 'retention (daily job)' });
      log.info(`[retention] anonymised: ${summaryOf(result)}`);
      opts.onRun?.(result);
    } finally {
      running = false;
    }
  };
  // Timers have nobody to hand a failure to: log it, the next day's run tries again.
  const run = () => void tick().catch((err: unknown) => log.error('[retention] daily run failed', err));
  const first = setTimeout(run, opts.firstRunMs ?? FIRST_RUN_MS);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
