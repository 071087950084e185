/**
 * What the server process does when an error escapes every handler (an uncaught
 * exception, an unhandled rejection) or its start fails: log it, run the cleanups
 * registered so far (stopping the embedded PostgreSQL, so no orphan keeps its port and
 * data folder), each bounded in time, and exit 1. It never carries on: after an escaped
 * error the process state is unknown, and a server left half-running (listening, with an
 * access check skipped or a transaction abandoned) is worse than one restarted.
 */
export interface ProcessGuard {
  /** Registers a cleanup for a crash; they run last registered first. */
  onCrash(cleanup: () => Promise<void>): void;
  /** Logs `error`, runs the cleanups and exits with code 1. Never rejects. */
  fatal(error: unknown, what: string): Promise<void>;
}

export interface GuardOptions {
  /** How long all cleanups together may take before the process exits anyway. */
  cleanupTimeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
  exit?: (code: number) => void;
}

export function guardProcess({
  cleanupTimeoutMs = 20_000,
  log = (m, e) => console.error(m, e ?? ''),
  exit = (c) => process.exit(c),
}: GuardOptions = {}): ProcessGuard {
  const cleanups: (() => Promise<void>)[] = [];
  let exiting = false;

  const runCleanups = async () => {
    for (const cleanup of [...cleanups].reverse()) {
      try {
        await cleanup();
      } catch (err) {
        log('[crash] cleanup failed:', err);
      }
    }
  };

  const fatal = async (error: unknown, what: string) => {
    if (exiting) {
      // A second error while cleaning up (e.g. pooled connections cut by the stopping database).
      log(`[crash] also, while exiting: ${what}:`, error);
      return;
    }
    exiting = true;
    log(`[crash] ${what}:`, error);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, cleanupTimeoutMs)));
    await Promise.race([runCleanups(), late]);
    clearTimeout(timer);
    exit(1);
  };

  // With a listener installed Node no longer exits by itself on either event: fatal() does.
  // fatal() does not reject; the catch is there so that nothing here can float.
  process.on('uncaughtException', (err) => {
    fatal(err, 'uncaught exception').catch(() => exit(1));
  });
  process.on('unhandledRejection', (reason) => {
    fatal(reason, 'unhandled rejection').catch(() => exit(1));
  });

  return {
    onCrash: (cleanup) => {
      cleanups.push(cleanup);
    },
    fatal,
  };
}
