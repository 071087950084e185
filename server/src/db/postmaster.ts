import { existsSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';

// The embedded PostgreSQL runs as a child of the server process but is not tied to it:
// a SIGKILL (or an OOM kill) of the server leaves it running, holding its port and the
// data folder's lock (postmaster.pid). These helpers find such a postmaster by its lock
// file and stop it, without ever signalling a process that is not a PostgreSQL of that
// very data folder (pids are reused: after a restart the old pid may be anything).

/** Fast shutdown first (clients cut, transactions rolled back, clean checkpoint). */
const FAST_SHUTDOWN_MS = 10_000;
/** Then immediate shutdown: no checkpoint, crash recovery at the next start; nothing committed is lost. */
const IMMEDIATE_SHUTDOWN_MS = 5_000;

/** The first line of PostgreSQL's lock file in the data folder: the postmaster's pid. */
export function readPostmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** State and parent of a process from /proc/<pid>/stat, or null when there is no such process. */
function statOf(pid: number): { state: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
    const [state = '', ppid = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid) };
  } catch {
    return null;
  }
}

const commOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
};

/** A process that exists and is not a zombie (an exited child nobody has reaped yet). */
export function isRunning(pid: number): boolean {
  const stat = statOf(pid);
  return stat !== null && stat.state !== 'Z' && stat.state !== 'X';
}

const sameDir = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

/**
 * Whether `pid` is a running postgres whose data folder is `dataDir`: its executable is
 * named postgres and its working directory is the data folder (the postmaster changes
 * into it at start), read from /proc (Linux, where the bundled binaries run).
 */
export function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isRunning(pid)) return false;
  if (commOf(pid) !== 'postgres') return false;
  try {
    return sameDir(readlinkSync(`/proc/${pid}/cwd`), dataDir);
  } catch {
    return false;
  }
}

/** Resolves true once `pid` no longer runs, false when `ms` pass first (polled: it is not our child). */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
};

/** Stops a postmaster: fast shutdown, then immediate shutdown if that takes too long. Throws if it survives both. */
export async function stopPostmaster(pid: number): Promise<void> {
  signal(pid, 'SIGINT');
  if (await waitForExit(pid, FAST_SHUTDOWN_MS)) return;
  await immediateShutdown(pid);
}

/** SIGQUIT: PostgreSQL's immediate shutdown, for a postmaster that did not finish a fast one in time. */
export async function immediateShutdown(pid: number): Promise<void> {
  signal(pid, 'SIGQUIT');
  if (await waitForExit(pid, IMMEDIATE_SHUTDOWN_MS)) return;
  throw new Error(`PostgreSQL (pid ${pid}) did not stop after SIGINT and SIGQUIT`);
}

/**
 * Before starting on `dataDir`: a postmaster left running there by an earlier process is
 * stopped cleanly; a lock file whose pid is gone, or now belongs to another program, is
 * removed (PostgreSQL would refuse to start while that other program runs).
 */
export async function clearStalePostmaster(dataDir: string, log: (message: string) => void): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (!pid) return;
  if (isPostmasterOf(pid, dataDir)) {
    // Still the child of a running Node process: another server uses it right now.
    const parent = statOf(pid)?.ppid ?? 0;
    if (parent > 1 && isRunning(parent) && commOf(parent) === 'node') {
      throw new Error(
        `The embedded PostgreSQL in ${dataDir} (pid ${pid}) belongs to a running process (pid ${parent}): stop that server first, or set another EMBEDDED_PG_DIR`,
      );
    }
    log(`a PostgreSQL left running on ${dataDir} (pid ${pid}) by an earlier process: stopping it`);
    await stopPostmaster(pid);
    return;
  }
  log(`stale ${path.join(dataDir, 'postmaster.pid')} (pid ${pid} is not a PostgreSQL of this folder): removing it`);
  rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
}
