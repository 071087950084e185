import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';

/** Every process (postmaster and backends) running with `dataDir` as its working directory and named postgres. */
export function postgresOf(dataDir: string): number[] {
  const dir = realpathSync(dataDir);
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        return state !== 'Z' && readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres' && readlinkSync(`/proc/${p}/cwd`) === dir;
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}

/** Kills whatever a failed test left behind on `dataDir` (PostgreSQL's immediate shutdown, then SIGKILL). */
export function killPostgresOf(dataDir: string): void {
  for (const pid of postgresOf(dataDir)) {
    for (const sig of ['SIGQUIT', 'SIGKILL'] as const) {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  }
}

export { freePort, portIsFree } from '../support/ports';
